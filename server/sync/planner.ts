// Decides which streams are due (from the settings' schedules), starts runs, and resumes stuck ones; the cron only calls
// cronTick. Streams an operator paused, or all of them in maintenance, start nothing (server/sync/control.ts).
import { STREAMS, type StreamName } from 'server/settings/schema';
import { readSettings } from 'server/settings/store';
import { activePrerequisites, beginIfReady } from './chain';
import { ZERO_COUNTS, isActive, loadRunState, saveRunState, type RunState, type RunTrigger } from './checkpoints';
import { isHeld, loadControl } from './control';
import { hashValue } from './hashing';
import type { SyncRuntime } from './ports';
import { writeRunRecord } from './runs';
import { isScheduleDue, scheduleOf } from './schedule';
import { enqueueStep } from './step-jobs';
import { streamFor } from './streams';
import { loadAppliedPreview, saveAppliedPreview } from './preview/store';

export const CRON_PERIOD_MINUTES = 5;

export type StreamDecision = {
  stream: StreamName;
  action: 'started' | 'resumed' | 'running' | 'waiting' | 'paused' | 'not-due' | 'disabled';
  runId?: string;
};

/** Spreads workspaces over the cron period, so all installs do not call at the same instant (APPS.md §3.4). */
export const workspaceDelayMs = (workspaceId: string, periodMinutes = CRON_PERIOD_MINUTES) =>
  parseInt(hashValue(`spread:${workspaceId}`, 8), 16) % (periodMinutes * 60_000);

export const isStuck = (stuckAfterMinutes: number, state: RunState, now: Date) =>
  state.status === 'running' && now.getTime() - Date.parse(state.heartbeatAt) > stuckAfterMinutes * 60_000;

export async function cronTick(rt: SyncRuntime): Promise<StreamDecision[]> {
  const settings = await readSettings(rt.kv);
  const control = await loadControl(rt.kv);
  const now = rt.now();
  const decisions: StreamDecision[] = [];
  for (const stream of STREAMS) {
    if (!settings.streams[stream].enabled) {
      decisions.push({ stream, action: 'disabled' });
      continue;
    }
    const state = await loadRunState(rt.kv, stream);
    if (state && isActive(state)) {
      decisions.push(await activeDecision(rt, state, isHeld(control, stream), settings.stuckAfterMinutes, now));
    } else if (isHeld(control, stream)) {
      decisions.push({ stream, action: 'paused' });
    } else if (!isScheduleDue(scheduleOf(settings, stream), state, now)) {
      decisions.push({ stream, action: 'not-due' });
    } else {
      const slot = new Date(Math.floor(now.getTime() / (CRON_PERIOD_MINUTES * 60_000)) * CRON_PERIOD_MINUTES * 60_000);
      const started = await startRun(rt, stream, {
        trigger: 'schedule',
        dryRun: settings.dryRun,
        runId: `s${slot.toISOString()}`,
        // A stream's first sync is nobody else's cron instant (installs happen at any time) and is what the admin waits
        // for; later runs are spread over the period.
        delayMs: state ? workspaceDelayMs(rt.workspaceId) : 0,
      });
      decisions.push({ stream, action: started.waiting ? 'waiting' : 'started', runId: started.runId });
    }
  }
  return decisions;
}

async function activeDecision(
  rt: SyncRuntime,
  state: RunState,
  held: boolean,
  stuckAfterMinutes: number,
  now: Date,
): Promise<StreamDecision> {
  const { stream, runId } = state;
  if (state.status === 'paused' || (held && state.status !== 'running')) return { stream, action: 'paused', runId };
  // A waiting run normally begins in the job that ends its last prerequisite; this catches one whose prerequisites
  // ended at the same instant in two jobs that each saw the other still running.
  if (state.status === 'waiting')
    return { stream, action: (await beginIfReady(rt, state)) ? 'started' : 'waiting', runId };
  if (isStuck(stuckAfterMinutes, state, now))
    return { stream, action: 'resumed', runId: (await resumeRun(rt, state)).runId };
  return { stream, action: 'running', runId };
}

export interface StartedRun {
  runId: string;
  alreadyRunning: boolean;
  /** Created, waiting for the streams it runs after (server/sync/chain.ts). */
  waiting: boolean;
}

/** Starts a run unless one of the stream is active; an active one is reported, never overlapped. */
export async function startRun(
  rt: SyncRuntime,
  stream: StreamName,
  opts: { trigger: RunTrigger; dryRun: boolean; runId?: string; delayMs?: number; previewId?: string },
): Promise<StartedRun> {
  const current = await loadRunState(rt.kv, stream, opts.previewId);
  if (current && isActive(current)) return { runId: current.runId, alreadyRunning: true, waiting: false };
  const settings = await readSettings(rt.kv);
  // A preview's dry run writes nothing a real run could race, so it waits for no other stream.
  const waitFor = opts.previewId ? [] : await activePrerequisites(rt, stream);
  const nowIso = rt.now().toISOString();
  const openIssues = await rt.crm.syncIssues.page(null, 1, {
    and: [{ status: { eq: 'OPEN' } }, { stream: { eq: stream.toUpperCase() } }],
  });
  const state: RunState = {
    runId: opts.runId ?? `m${nowIso}`,
    stream,
    trigger: opts.trigger,
    dryRun: opts.dryRun,
    status: waitFor.length > 0 ? 'waiting' : 'running',
    ...(waitFor.length > 0 ? { waitFor } : {}),
    settings,
    step: 0,
    attempt: 0,
    cursor: {},
    startedAt: nowIso,
    heartbeatAt: nowIso,
    finishedAt: null,
    lastProgressAt: nowIso,
    counts: { ...ZERO_COUNTS },
    recordsEstimated: null,
    apiCallsMetakocka: {},
    apiCallsTwenty: 0,
    openIssuesAtStart: openIssues.totalCount,
    plan: [],
    errorSummary: null,
    ...(opts.previewId ? { previewId: opts.previewId } : {}),
    ...(opts.previewId || opts.dryRun ? {} : await takePreviewComparison(rt, stream)),
  };
  // State first: a run record written without it would stay RUNNING for good after a crash here, since the cron only
  // resumes (and finishes) runs it has a state for (found by test/e2e/crash-kill.test.ts). The record is this write's
  // progress (lastProgressAt above), so the state needs no second save.
  await saveRunState(rt.kv, state);
  await writeRunRecord(rt, state, streamFor(stream).direction, true);
  if (state.status === 'running') await enqueueStep(rt, state, opts.delayMs ?? 0);
  return { runId: state.runId, alreadyRunning: false, waiting: state.status === 'waiting' };
}

/** The first real run of a stream after a save from an impact preview carries the preview's counts (D64). */
async function takePreviewComparison(rt: SyncRuntime, stream: StreamName): Promise<Partial<RunState>> {
  const applied = await loadAppliedPreview(rt.kv);
  const counts = applied?.counts[stream];
  if (!applied || !counts) return {};
  const { [stream]: _taken, ...rest } = applied.counts;
  await saveAppliedPreview(rt.kv, { ...applied, counts: rest });
  return { previewComparison: { previewId: applied.previewId, counts } };
}

/** A run whose heartbeat is stale lost its job chain (timeout, crash, failed job), or an operator resumed a paused run:
 *  enqueue its current step again, under a new attempt so the job id is new. */
export async function resumeRun(rt: SyncRuntime, state: RunState): Promise<RunState> {
  const next: RunState = {
    ...state,
    status: 'running',
    attempt: state.attempt + 1,
    heartbeatAt: rt.now().toISOString(),
  };
  await saveRunState(rt.kv, next);
  if (state.status !== 'running') await writeRunRecord(rt, next, streamFor(next.stream).direction, true);
  await enqueueStep(rt, next, 0);
  return next;
}
