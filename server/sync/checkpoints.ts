// The run state of one stream in kv: the checkpoint of a run in progress (saved last in every job, D32).
import type { KvPort } from 'server/host/kv';
import type { StreamName, SyncSettings } from 'server/settings/schema';
import { decodeIdRuns, encodeIdRuns, type IdRuns } from './id-runs';
import type { TimelineSetting } from './timeline/book';
import type { SyncEvent } from './timeline/events';

export interface RunCounts {
  created: number;
  updated: number;
  unchanged: number;
  deleted: number;
  failed: number;
  skipped: number;
  /** Twenty records the filters now leave out, marked as such this run (never deleted, D63). */
  leftScope: number;
  /** Marked records the filters take back this run. */
  enteredScope: number;
  /** Documents read and then dropped by the date filter (offers: their search takes no date, API.md §6 item 19). */
  readThenFiltered: number;
  recordsDone: number;
}

export const ZERO_COUNTS: RunCounts = {
  created: 0,
  updated: 0,
  unchanged: 0,
  deleted: 0,
  failed: 0,
  skipped: 0,
  leftScope: 0,
  enteredScope: 0,
  readThenFiltered: 0,
  recordsDone: 0,
};

export type RunTrigger = 'schedule' | 'manual' | 'workflow';

export interface RunState {
  runId: string;
  stream: StreamName;
  trigger: RunTrigger;
  dryRun: boolean;
  /** waiting: started, held until the streams in `waitFor` are through (D60); paused: stopped at its checkpoint by an
   *  operator, continues from it on resume; cancelled: ended by an operator at a page boundary. */
  status: 'waiting' | 'running' | 'paused' | 'done' | 'failed' | 'cancelled';
  waitFor?: StreamName[];
  /** The settings the run started with: a save during the run applies from the next one (issue 16 item 1). Absent in
   *  run states written before 0.3.0, which read the current settings. */
  settings?: SyncSettings;
  /** Index of the next step to run; the job for step n has jobId run+stream+n (+ resume attempt). */
  step: number;
  attempt: number;
  /** Stream-specific position, e.g. { offset } of the next Metakocka page, or the deletion phase. */
  cursor: Record<string, unknown>;
  startedAt: string;
  heartbeatAt: string;
  finishedAt: string | null;
  lastProgressAt: string | null;
  counts: RunCounts;
  recordsEstimated: number | null;
  apiCallsMetakocka: Record<string, number>;
  apiCallsTwenty: number;
  openIssuesAtStart: number;
  plan: Array<Record<string, unknown>>;
  errorSummary: string | null;
  /** Ids seen so far by the run's full scans, per scope (see SeenBook). */
  seen?: Record<string, IdRuns>;
  /** An impact preview's dry run (server/sync/preview): its state has its own key, it uses the preview's settings,
   *  and it writes no run record and no issue (D64). */
  previewId?: string;
  /** The run's timeline activity type, resolved at its first event, or why it writes none (D81). */
  timeline?: TimelineSetting;
  /** Events of pages already written whose timeline write Twenty turned away for now (rate limit, outage): the job
   *  that repeats those pages finds their records unchanged, so it writes these instead (D81). */
  timelineEvents?: SyncEvent[];
  /** When the run's next job may go on after Twenty's rate limit stopped the last one (D33); null once a page is done. */
  rateLimitedUntil?: string | null;
  /** The first real run after a save from a preview: that preview's counts for this stream, to compare (D64). */
  previewComparison?: { previewId: string; counts: Record<string, number> };
}

/** A run that has not ended: no other run of the stream starts beside it. */
export const isActive = (state: Pick<RunState, 'status'> | null): boolean =>
  state !== null && ['waiting', 'running', 'paused'].includes(state.status);

/** A real run's state per stream; a preview's dry run keeps its own beside it, so neither can move the other's. */
export const runStateKey = (stream: StreamName, previewId?: string) =>
  previewId ? `metakocka:preview:${previewId}:run:${stream}` : `metakocka:run:${stream}`;

export const loadRunState = (kv: KvPort, stream: StreamName, previewId?: string) =>
  kv.get<RunState>(runStateKey(stream, previewId));
export const saveRunState = (kv: KvPort, state: RunState) => kv.set(runStateKey(state.stream, state.previewId), state);

export function addCounts(a: RunCounts, b: Partial<RunCounts>): RunCounts {
  const out = { ...a };
  // A checkpoint saved by an earlier version lacks the newer counts.
  for (const key of Object.keys(ZERO_COUNTS) as Array<keyof RunCounts>) out[key] = (out[key] ?? 0) + (b[key] ?? 0);
  return out;
}

export function addCalls(a: Record<string, number>, b: Record<string, number>): Record<string, number> {
  const out = { ...a };
  for (const [method, n] of Object.entries(b)) out[method] = (out[method] ?? 0) + n;
  return out;
}

export function diffCalls(after: Record<string, number>, before: Record<string, number>): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [method, n] of Object.entries(after))
    if (n - (before[method] ?? 0) > 0) out[method] = n - (before[method] ?? 0);
  return out;
}

export const stepJobId = (state: Pick<RunState, 'runId' | 'stream' | 'step' | 'attempt'>) =>
  `${state.runId}:${state.stream}:${state.step}:${state.attempt}`;

// Ids seen during a full scan, so deletions are computed only after a complete scan (ANCHORS.md §2 item 12). They live
// in the run state as runs of consecutive ids (id-runs.ts), so keeping them costs no kv write beyond the checkpoint.
export interface SeenBook {
  add(scope: string, ids: string[]): void;
  /** Every id seen in this run's scan of the scope so far. */
  load(scope: string): Set<string>;
  /** The scope's deletions are done: its ids are forgotten. */
  drop(scope: string): void;
  /** What the checkpoint saves. */
  snapshot(): Record<string, IdRuns>;
}

export function createSeenBook(state: Pick<RunState, 'seen'>): SeenBook {
  const sets = new Map(Object.entries(state.seen ?? {}).map(([scope, runs]) => [scope, decodeIdRuns(runs)] as const));
  return {
    add(scope, ids) {
      const set = sets.get(scope) ?? new Set<string>();
      for (const id of ids) set.add(id);
      sets.set(scope, set);
    },
    load: (scope) => new Set(sets.get(scope) ?? []),
    drop(scope) {
      sets.delete(scope);
    },
    snapshot: () => Object.fromEntries([...sets].map(([scope, set]) => [scope, encodeIdRuns(set)])),
  };
}
