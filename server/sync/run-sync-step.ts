// One job = one step of one stream: load the checkpoint, run the step, flush issues, save the checkpoint, enqueue the next.
import type { SyncDirection } from 'plugin/constants/select-options';
import { isSyncError } from 'server/errors';
import { readSettings } from 'server/settings/store';
import type { StreamName } from 'server/settings/schema';
import { addCalls, addCounts, diffCalls, loadRunState, saveRunState, stepJobId, type RunState } from './checkpoints';
import { createIssueBook, errorFacts } from './issues';
import type { SyncRuntime } from './ports';
import { writeRunRecord } from './runs';
import { streamFor } from './streams';
import type { SyncStepPayload } from './sync-step-payload';

export type StepReport =
  | { status: 'ran'; runId: string; stream: StreamName; step: number; done: boolean }
  | { status: 'stale' | 'rearmed' | 'finished'; runId: string; stream: StreamName; step: number }
  | { status: 'failed'; runId: string; stream: StreamName; step: number; error: string };

export async function runSyncStep(payload: SyncStepPayload, rt: SyncRuntime): Promise<StepReport> {
  const { stream: name, runId, step } = payload;
  const state = await loadRunState(rt.kv, name);
  if (!state || state.runId !== runId || step > state.step) return { status: 'stale', runId, stream: name, step };
  if (state.status !== 'running') return { status: 'finished', runId, stream: name, step };
  // A redelivered older job means the chain broke after a checkpoint: re-arm the current step (its jobId dedupes).
  if (step < state.step) {
    await enqueueStep(rt, state, 0);
    return { status: 'rearmed', runId, stream: name, step: state.step };
  }
  const settings = await readSettings(rt.kv);
  const stream = streamFor(name);
  const issues = createIssueBook(rt, name);
  const mkBefore = rt.mk.callCounts();
  const crmBefore = rt.crm.gateway.calls();
  try {
    const outcome = await stream.step({ rt, settings, state, issues, dryRun: state.dryRun });
    await issues.flush({ dryRun: state.dryRun, resolveOpen: state.openIssuesAtStart > 0 });
    const counts = addCounts(state.counts, outcome.counts);
    // A capped run stops before its deletion phase: an incomplete scan never deletes (ANCHORS.md §2 item 12).
    const capped = !outcome.done && settings.maxRecordsPerRun > 0 && counts.recordsDone >= settings.maxRecordsPerRun;
    const done = outcome.done || capped;
    const next: RunState = {
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
      errorSummary: capped ? `Stopped after ${counts.recordsDone} records (maxRecordsPerRun); nothing was deactivated. The next run starts from the beginning.` : state.errorSummary,
    };
    await finishStep(rt, next, mkBefore, crmBefore, stream.direction);
    return { status: 'ran', runId, stream: name, step, done };
  } catch (error) {
    if (isSyncError(error) && error.retryable) throw error; // the host turns it into a redelivery (STYLE.md §2.8)
    const facts = errorFacts(error);
    const failed: RunState = { ...state, status: 'failed', finishedAt: rt.now().toISOString(), heartbeatAt: rt.now().toISOString(), errorSummary: `${facts.errorCode}: ${facts.message}` };
    issues.fail({ recordObject: 'run', metakockaId: `${name}-run`, error });
    await issues.flush({ dryRun: false, resolveOpen: false });
    await finishStep(rt, failed, mkBefore, crmBefore, stream.direction);
    return { status: 'failed', runId, stream: name, step, error: failed.errorSummary! };
  }
}

async function finishStep(rt: SyncRuntime, next: RunState, mkBefore: Record<string, number>, crmBefore: number, direction: SyncDirection) {
  const final = next.status !== 'running';
  next.apiCallsMetakocka = addCalls(next.apiCallsMetakocka, diffCalls(rt.mk.callCounts(), mkBefore));
  next.apiCallsTwenty += rt.crm.gateway.calls() - crmBefore;
  const before = rt.crm.gateway.calls();
  await writeRunRecord(rt, next, direction, final);
  next.apiCallsTwenty += rt.crm.gateway.calls() - before; // shown on the next progress write
  // Checkpoint last: a crash before this line repeats the page, never skips one.
  await saveRunState(rt.kv, next);
  if (!final) await enqueueStep(rt, next, 0);
}

export async function enqueueStep(rt: SyncRuntime, state: RunState, delayMs: number): Promise<void> {
  await rt.jobs.enqueue('run-sync-step', [{ jobId: stepJobId(state), payload: { stream: state.stream, runId: state.runId, step: state.step } }], delayMs);
}
