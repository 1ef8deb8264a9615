// One job = a few steps (pages) of one stream: load the checkpoint, run the pages, flush issues, save the checkpoint,
// enqueue the next job.
import type { SyncDirection } from 'plugin/constants/select-options';
import { isSyncError } from 'server/errors';
import { readSettings } from 'server/settings/store';
import type { StreamName } from 'server/settings/schema';
import {
  addCalls,
  addCounts,
  createSeenBook,
  diffCalls,
  loadRunState,
  saveRunState,
  type RunState,
} from './checkpoints';
import { startRunsWaitingFor } from './chain';
import { loadControl, pageVerdict, type PageVerdict } from './control';
import { createIssueBook, errorFacts } from './issues';
import type { SyncRuntime } from './ports';
import { runRecordId, writeRunRecord } from './runs';
import { enqueueStep } from './step-jobs';
import type { StepContext, StepOutcome, StreamDescriptor } from './stream';
import { streamFor } from './streams';
import type { SyncStepPayload } from './sync-step-payload';
import { loadPreview } from './preview/store';
import { createTimelineBook } from './timeline/book';
import { cappedNote } from './run-words';

export type StepReport =
  | { status: 'ran'; runId: string; stream: StreamName; step: number; done: boolean }
  | {
      status: 'stale' | 'rearmed' | 'finished' | 'paused' | 'cancelled';
      runId: string;
      stream: StreamName;
      step: number;
    }
  | { status: 'failed'; runId: string; stream: StreamName; step: number; error: string };

export async function runSyncStep(payload: SyncStepPayload, rt: SyncRuntime): Promise<StepReport> {
  const { stream: name, runId, step, previewId } = payload;
  const state = await loadRunState(rt.kv, name, previewId);
  if (!state || state.runId !== runId || step > state.step) return { status: 'stale', runId, stream: name, step };
  if (state.status !== 'running') return { status: 'finished', runId, stream: name, step };
  // A redelivered older job means the chain broke after a checkpoint: re-arm the current step (its jobId dedupes).
  if (step < state.step) {
    await enqueueStep(rt, state, 0);
    return { status: 'rearmed', runId, stream: name, step: state.step };
  }
  const stream = streamFor(name);
  const preview = previewId ? await loadPreview(rt.kv, previewId) : null;
  if (preview?.cancelRequested) return cancelPreviewRun(rt, state);
  // An operator's pause or cancel that came while the job waited in the queue: stop before any page. A preview is
  // stopped through its own cancel request instead.
  const verdict: PageVerdict = previewId ? 'go-on' : pageVerdict(await loadControl(rt.kv), name, runId);
  if (verdict !== 'go-on') {
    await finishStep(rt, stopped(rt, state, verdict), rt.mk.callCounts(), rt.crm.gateway.calls(), stream.direction);
    return { status: verdict === 'cancel' ? 'cancelled' : 'paused', runId, stream: name, step };
  }
  // A preview runs with the settings it previews; a real run with those it started with.
  const settings = preview ? preview.settings : (state.settings ?? (await readSettings(rt.kv)));
  const stopRequested = async () =>
    previewId ? (await loadPreview(rt.kv, previewId))?.cancelRequested === true : false;
  const timeline = createTimelineBook(rt, {
    stream: name,
    runId,
    setting: state.timeline,
    dryRun: state.dryRun,
    issues: { fail: (input) => issues.fail(input) },
  });
  const issues = createIssueBook(rt, name, runRecordId(state), timeline);
  const seen = createSeenBook(state);
  const mkBefore = rt.mk.callCounts();
  const crmBefore = rt.crm.gateway.calls();
  try {
    const { next, pauseMs } = await runPages(
      { rt, settings, state, issues, seen, dryRun: state.dryRun, timeline },
      stream.step,
      stopRequested,
    );
    await issues.flush({ dryRun: state.dryRun, resolveOpen: state.openIssuesAtStart > 0 });
    // The job's last page goes with the issues it raised and resolved: still one batch of events per page.
    await timeline.flush();
    if (issues.pending().length > 0) await issues.flush({ dryRun: state.dryRun, resolveOpen: false });
    next.seen = seen.snapshot();
    next.timeline = timeline.setting();
    await finishStep(rt, next, mkBefore, crmBefore, stream.direction, pauseMs);
    return { status: 'ran', runId, stream: name, step, done: next.status === 'done' };
  } catch (error) {
    if (isSyncError(error) && error.retryable) throw error; // the host turns it into a redelivery (STYLE.md §2.8)
    const facts = errorFacts(error, rt.language);
    const failed: RunState = {
      ...state,
      status: 'failed',
      finishedAt: rt.now().toISOString(),
      heartbeatAt: rt.now().toISOString(),
      errorSummary: `${facts.errorCode}: ${facts.message}`,
    };
    issues.fail({ recordObject: 'run', metakockaId: `${name}-run`, error });
    if (!state.previewId) await issues.flush({ dryRun: false, resolveOpen: false });
    await finishStep(rt, failed, mkBefore, crmBefore, stream.direction);
    return { status: 'failed', runId, stream: name, step, error: failed.errorSummary! };
  }
}

/** Twenty counts its API rate limit per minute: a job that hit it hands over to one a full window later. */
export const RATE_LIMIT_PAUSE_MS = 60_000;

/** A job hands over after this long even with pages left, well inside the function's 300 s timeout (APPS.md §3.1). */
export const JOB_TIME_BUDGET_MS = 120_000;

/** The run at a page boundary where an operator stopped it: paused keeps its checkpoint for resume; cancelled ends it
 *  there, before any deletion phase its unfinished scan would have led to, and the next run starts from the beginning. */
function stopped(rt: SyncRuntime, state: RunState, verdict: Exclude<PageVerdict, 'go-on'>): RunState {
  const nowIso = rt.now().toISOString();
  if (verdict === 'hold') return { ...state, status: 'paused', heartbeatAt: nowIso };
  return { ...state, status: 'cancelled', heartbeatAt: nowIso, finishedAt: nowIso, errorSummary: 'CANCELLED' };
}

/**
 * Runs up to pagesPerJob steps of the stream and returns the state to checkpoint. Each step sees the state as it would
 * after a checkpoint (its own step number, the cursor so far), so a crash anywhere repeats whole pages of this job,
 * and writes nothing twice (unchanged records are skipped by their hash), never skips one.
 */
async function runPages(
  ctx: StepContext,
  step: StreamDescriptor['step'],
  stopRequested: () => Promise<boolean>,
): Promise<{ next: RunState; pauseMs: number }> {
  const { rt, settings } = ctx;
  const started = Date.now(); // wall time of this function run, not the workspace clock
  let state: RunState = ctx.state as RunState;
  for (let page = 0; ; page += 1) {
    let outcome: StepOutcome;
    try {
      outcome = await step({ ...ctx, state });
    } catch (error) {
      // Twenty's app-token budget (500 calls a minute, APPS.md §8) is spent: keep the pages done, and let the next
      // job start once the window has passed instead of burning the job's retries against the limit.
      if (!isSyncError(error) || error.code !== 'CRM_RATE_LIMITED') throw error;
      const paused = {
        ...state,
        attempt: page === 0 ? state.attempt + 1 : state.attempt,
        heartbeatAt: rt.now().toISOString(),
      };
      return { next: paused, pauseMs: RATE_LIMIT_PAUSE_MS };
    }
    const counts = addCounts(state.counts, outcome.counts);
    // A capped run stops before its deletion phase: an incomplete scan never deletes (ANCHORS.md §2 item 12).
    const capped = !outcome.done && settings.maxRecordsPerRun > 0 && counts.recordsDone >= settings.maxRecordsPerRun;
    const done = outcome.done || capped;
    state = {
      ...state,
      step: state.step + 1,
      attempt: 0,
      cursor: outcome.cursor,
      heartbeatAt: rt.now().toISOString(),
      counts,
      recordsEstimated: outcome.recordsEstimated ?? state.recordsEstimated,
      plan: [...state.plan, ...(outcome.plan ?? [])].slice(0, 200),
      status: done ? 'done' : 'running',
      finishedAt: done ? rt.now().toISOString() : null,
      errorSummary: capped ? cappedNote(rt.language ?? 'en', counts.recordsDone) : state.errorSummary,
    };
    if (done || page + 1 >= settings.pagesPerJob || Date.now() - started >= JOB_TIME_BUDGET_MS)
      return { next: state, pauseMs: 0 };
    await ctx.timeline.flush();
    // A page boundary: an operator's pause or cancel takes effect here, with this page's writes complete; a cancelled
    // preview stops here too, and its next job finds it cancelled and ends it.
    const verdict: PageVerdict = state.previewId
      ? 'go-on'
      : pageVerdict(await loadControl(rt.kv), state.stream, state.runId);
    if (verdict !== 'go-on') return { next: stopped(rt, state, verdict), pauseMs: 0 };
    if (await stopRequested()) return { next: state, pauseMs: 0 };
  }
}

async function finishStep(
  rt: SyncRuntime,
  next: RunState,
  mkBefore: Record<string, number>,
  crmBefore: number,
  direction: SyncDirection,
  pauseMs = 0,
) {
  const final = !['running', 'paused'].includes(next.status);
  next.apiCallsMetakocka = addCalls(next.apiCallsMetakocka, diffCalls(rt.mk.callCounts(), mkBefore));
  next.apiCallsTwenty += rt.crm.gateway.calls() - crmBefore;
  const before = rt.crm.gateway.calls();
  // A run waiting out the rate limit shows its progress after the pause; one an operator paused shows PAUSED now.
  if (pauseMs === 0) await writeRunRecord(rt, next, direction, final || next.status === 'paused');
  next.apiCallsTwenty += rt.crm.gateway.calls() - before; // shown on the next progress write
  // Checkpoint last: a crash before this line repeats the pages of this job, never skips one.
  await saveRunState(rt.kv, next);
  if (next.status === 'running') await enqueueStep(rt, next, pauseMs);
  if (final && !next.previewId) await startRunsWaitingFor(rt, next.stream);
}

/** A cancelled preview's dry run ends CANCELLED at its next job; it wrote nothing, so nothing is undone. */
async function cancelPreviewRun(rt: SyncRuntime, state: RunState): Promise<StepReport> {
  const nowIso = rt.now().toISOString();
  await saveRunState(rt.kv, { ...state, status: 'cancelled', finishedAt: nowIso, heartbeatAt: nowIso });
  return { status: 'finished', runId: state.runId, stream: state.stream, step: state.step };
}
