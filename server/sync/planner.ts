// Decides which streams are due (from the settings), starts runs, and resumes stuck ones; the cron only calls cronTick.
import { STREAMS, type StreamName, type SyncSettings } from 'server/settings/schema';
import { readSettings } from 'server/settings/store';
import { ZERO_COUNTS, loadRunState, saveRunState, type RunState, type RunTrigger } from './checkpoints';
import { hashValue } from './hashing';
import type { SyncRuntime } from './ports';
import { enqueueStep } from './run-sync-step';
import { writeRunRecord } from './runs';
import { streamFor } from './streams';
import { loadAppliedPreview, saveAppliedPreview } from './preview/store';

export const CRON_PERIOD_MINUTES = 5;

export type StreamDecision = {
  stream: StreamName;
  action: 'started' | 'resumed' | 'running' | 'waiting' | 'not-due' | 'disabled';
  runId?: string;
};

/** A documents run links each document to its customer and products: it starts once their streams of this cycle are
 *  through, so it never writes a document without a link that the next run would have to add (a write on a run with
 *  no changes). */
const RUNS_AFTER: Partial<Record<StreamName, StreamName[]>> = { documents: ['partners', 'products'] };

/** Spreads workspaces over the cron period, so all installs do not call at the same instant (APPS.md §3.4). */
export const workspaceDelayMs = (workspaceId: string, periodMinutes = CRON_PERIOD_MINUTES) =>
  parseInt(hashValue(`spread:${workspaceId}`, 8), 16) % (periodMinutes * 60_000);

export function isDue(settings: SyncSettings, stream: StreamName, state: RunState | null, now: Date): boolean {
  if (!state || state.status === 'running') return !state;
  const last = Date.parse(state.finishedAt ?? state.startedAt);
  return now.getTime() - last >= settings.streams[stream].everyMinutes * 60_000 - 30_000; // 30 s slack for cron jitter
}

export const isStuck = (settings: SyncSettings, state: RunState, now: Date) =>
  state.status === 'running' && now.getTime() - Date.parse(state.heartbeatAt) > settings.stuckAfterMinutes * 60_000;

export async function cronTick(rt: SyncRuntime): Promise<StreamDecision[]> {
  const settings = await readSettings(rt.kv);
  const now = rt.now();
  const decisions: StreamDecision[] = [];
  const busy = (stream: StreamName) =>
    decisions.some((d) => d.stream === stream && ['started', 'resumed', 'running'].includes(d.action));
  for (const stream of STREAMS) {
    if (!settings.streams[stream].enabled) {
      decisions.push({ stream, action: 'disabled' });
      continue;
    }
    const state = await loadRunState(rt.kv, stream);
    if (state?.status === 'running') {
      decisions.push(
        isStuck(settings, state, now)
          ? { stream, action: 'resumed', runId: (await resumeRun(rt, state)).runId }
          : { stream, action: 'running', runId: state.runId },
      );
    } else if (!isDue(settings, stream, state, now)) {
      decisions.push({ stream, action: 'not-due' });
    } else if ((RUNS_AFTER[stream] ?? []).some(busy)) {
      decisions.push({ stream, action: 'waiting' });
    } else {
      const slot = new Date(Math.floor(now.getTime() / (CRON_PERIOD_MINUTES * 60_000)) * CRON_PERIOD_MINUTES * 60_000);
      const started = await startRun(rt, stream, {
        trigger: 'schedule',
        dryRun: settings.dryRun,
        runId: `s${slot.toISOString()}`,
        delayMs: workspaceDelayMs(rt.workspaceId),
      });
      decisions.push({ stream, action: 'started', runId: started.runId });
    }
  }
  return decisions;
}

/** Starts a run unless one of the stream is running; a running one is reported, never overlapped. */
export async function startRun(
  rt: SyncRuntime,
  stream: StreamName,
  opts: { trigger: RunTrigger; dryRun: boolean; runId?: string; delayMs?: number; previewId?: string },
): Promise<{ runId: string; alreadyRunning: boolean }> {
  const current = await loadRunState(rt.kv, stream, opts.previewId);
  if (current?.status === 'running') return { runId: current.runId, alreadyRunning: true };
  const nowIso = rt.now().toISOString();
  const openIssues = await rt.crm.syncIssues.page(null, 1, {
    and: [{ status: { eq: 'OPEN' } }, { stream: { eq: stream.toUpperCase() } }],
  });
  const state: RunState = {
    runId: opts.runId ?? `m${nowIso}`,
    stream,
    trigger: opts.trigger,
    dryRun: opts.dryRun,
    status: 'running',
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
  await enqueueStep(rt, state, opts.delayMs ?? 0);
  return { runId: state.runId, alreadyRunning: false };
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

/** A run whose heartbeat is stale lost its job chain (timeout, crash, failed job): enqueue its current step again. */
export async function resumeRun(rt: SyncRuntime, state: RunState): Promise<RunState> {
  const next = { ...state, attempt: state.attempt + 1, heartbeatAt: rt.now().toISOString() };
  await saveRunState(rt.kv, next);
  await enqueueStep(rt, next, 0);
  return next;
}
