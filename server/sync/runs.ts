// The sync run record: what a user sees of a run (status, counts, calls, progress); written at start, while running, at the end.
import type { SyncDirection, SyncRunStatus } from 'plugin/constants/select-options';
import type { SyncRunDraft } from 'server/crm';
import { ljubljanaDate } from 'server/reports/calendar';
import type { RunState } from './checkpoints';
import { uuidFromKey } from './hashing';
import type { SyncRuntime } from './ports';
import { runName } from './run-words';
import type { ErrorLanguage } from 'server/error-catalogue';

/** Progress is written at most this often (a job takes up to 2 minutes), so bookkeeping stays a small share of the
 *  writes (issue #5 item 9) while a long run still shows where it is. */
export const PROGRESS_EVERY_MS = 120_000;

export const runRecordId = (state: Pick<RunState, 'runId' | 'stream'>) =>
  uuidFromKey(`metakocka-sync-run:${state.runId}:${state.stream}`);

const STATUS: Record<RunState['status'], SyncRunStatus> = {
  waiting: 'QUEUED',
  running: 'RUNNING',
  paused: 'PAUSED',
  done: 'SUCCEEDED',
  failed: 'FAILED',
  cancelled: 'CANCELLED',
};

export const runStatusOf = (state: Pick<RunState, 'status' | 'counts'>): SyncRunStatus =>
  state.status === 'done' && state.counts.failed > 0 ? 'COMPLETED_WITH_ISSUES' : STATUS[state.status];

/** `lang`: the workspace's default language, which the record's name is written in (Twenty's list shows it). */
export function runDraft(state: RunState, direction: SyncDirection, lang: ErrorLanguage = 'en'): SyncRunDraft {
  const c = state.counts;
  return {
    id: runRecordId(state),
    name: runName(lang, state.stream, state.dryRun, state.startedAt),
    stream: state.stream.toUpperCase(),
    direction,
    trigger: state.trigger.toUpperCase(),
    status: runStatusOf(state),
    startedAt: state.startedAt,
    startedDay: ljubljanaDate(new Date(state.startedAt)),
    finishedAt: state.finishedAt,
    createdCount: c.created,
    updatedCount: c.updated,
    unchangedCount: c.unchanged,
    deletedCount: c.deleted,
    failedCount: c.failed,
    skippedCount: c.skipped,
    recordsDone: c.recordsDone,
    recordsEstimated: state.recordsEstimated,
    apiCallsMetakocka: Object.values(state.apiCallsMetakocka).reduce((a, b) => a + b, 0),
    apiCallsTwenty: state.apiCallsTwenty,
    apiCallsByMethod: state.apiCallsMetakocka,
    checkpoint: JSON.stringify({ step: state.step, ...state.cursor }),
    isDryRun: state.dryRun,
    errorSummary: state.errorSummary,
    plan: state.dryRun ? state.plan : runComparison(state),
    settingsSnapshot: state.settings ?? null,
  };
}

/** A real run's plan field shows what it did beyond the count fields: records that left or re-entered the filters,
 *  and, for the first run after a save from an impact preview, that preview's counts to compare with (D64). */
function runComparison(state: RunState): Record<string, unknown> | null {
  const { leftScope = 0, enteredScope = 0, readThenFiltered = 0 } = state.counts;
  const scope = leftScope + enteredScope + readThenFiltered > 0 ? { leftScope, enteredScope, readThenFiltered } : null;
  if (!scope && !state.previewComparison) return null;
  return { ...(scope ? { scope } : {}), ...(state.previewComparison ? { preview: state.previewComparison } : {}) };
}

/** Writes the run record when the run starts or ends, or when the last progress write is old enough. */
export async function writeRunRecord(
  rt: SyncRuntime,
  state: RunState,
  direction: SyncDirection,
  force: boolean,
): Promise<boolean> {
  if (state.previewId) return false; // a preview writes nothing to Twenty: its progress is its kv state
  const now = rt.now();
  const due = !state.lastProgressAt || now.getTime() - Date.parse(state.lastProgressAt) >= PROGRESS_EVERY_MS;
  if (!force && !due) return false;
  await rt.crm.syncRuns.upsertMany([runDraft(state, direction, rt.language)]);
  state.lastProgressAt = now.toISOString();
  return true;
}
