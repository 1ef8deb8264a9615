// How the console sees a run: from its kv state while it is active (no Twenty call), from its record once it is history.
import type { SyncRunRecord } from 'server/crm';
import type { LiveRun, RunStage, RunSummary } from 'server/routes/contracts';
import type { StreamName } from 'server/settings/schema';
import type { SyncRunStatus } from 'plugin/constants/select-options';
import type { RunState } from '../checkpoints';
import type { ControlState } from '../control';
import { runRecordId, runStatusOf } from '../runs';

const PHASE_STAGE: Record<string, RunStage> = { deletions: 'deletions', relink: 'relinking' };

export function stageOf(state: RunState, control: ControlState): RunStage {
  if (state.status === 'waiting') return 'waiting-for-streams';
  if (state.status === 'paused') return 'paused';
  if (state.status !== 'running') return 'finished';
  if (control.cancel[state.stream]?.runId === state.runId) return 'cancelling';
  if (control.maintenance || control.paused[state.stream]) return 'pausing';
  if (state.rateLimitedUntil) return 'rate-limited';
  if (state.step === 0) return 'queued';
  return PHASE_STAGE[String(state.cursor.phase ?? '')] ?? 'scanning';
}

const sum = (calls: Record<string, number>) => Object.values(calls).reduce((a, b) => a + b, 0);

/** Rate and finish time from the records done since the run started; none until it has done some. */
export function liveRunOf(state: RunState, control: ControlState, now: Date): LiveRun {
  const elapsedMin = Math.max(0, now.getTime() - Date.parse(state.startedAt)) / 60_000;
  const done = state.counts.recordsDone;
  const rate = done > 0 && elapsedMin > 0 ? done / elapsedMin : null;
  const left = state.recordsEstimated !== null ? Math.max(0, state.recordsEstimated - done) : null;
  return {
    runId: state.runId,
    recordId: runRecordId(state),
    status: runStatusOf(state),
    stage: stageOf(state, control),
    dryRun: state.dryRun,
    trigger: state.trigger.toUpperCase() as LiveRun['trigger'],
    startedAt: state.startedAt,
    recordsDone: done,
    recordsEstimated: state.recordsEstimated,
    recordsPerMinute: rate === null ? null : Math.round(rate * 10) / 10,
    estimatedFinishAt:
      rate !== null && left !== null ? new Date(now.getTime() + (left / rate) * 60_000).toISOString() : null,
    apiCalls: {
      metakocka: sum(state.apiCallsMetakocka),
      twenty: state.apiCallsTwenty,
      twentyPerMinute: elapsedMin > 0 ? Math.round(state.apiCallsTwenty / elapsedMin) : null,
    },
  };
}

const STOP_CODES = /^([A-Z][A-Z0-9_]+)(:|$)/;

export function summaryOf(record: SyncRunRecord): RunSummary {
  const started = record.startedAt ? Date.parse(record.startedAt) : null;
  const finished = record.finishedAt ? Date.parse(record.finishedAt) : null;
  const summary = record.errorSummary ?? '';
  return {
    recordId: record.id,
    stream: record.stream.toLowerCase() as StreamName,
    status: record.status as SyncRunStatus,
    trigger: record.trigger as RunSummary['trigger'],
    dryRun: record.isDryRun,
    startedAt: record.startedAt,
    finishedAt: record.finishedAt,
    durationMs: started !== null && finished !== null ? finished - started : null,
    counts: {
      created: record.createdCount,
      updated: record.updatedCount,
      unchanged: record.unchangedCount,
      deleted: record.deletedCount,
      failed: record.failedCount,
      skipped: record.skippedCount,
      ...scopeCounts(record.plan),
      recordsDone: record.recordsDone,
      recordsEstimated: record.recordsEstimated,
    },
    apiCalls: { metakocka: record.apiCallsMetakocka, twenty: record.apiCallsTwenty },
    // Run records keep the error as "CODE: sentence" (run-sync-step.ts); a capped run's note names its setting.
    stopCode: summary.includes('maxRecordsPerRun') ? 'MAX_RECORDS_PER_RUN' : (STOP_CODES.exec(summary)?.[1] ?? null),
  };
}

/** Records that left or re-entered the filters and documents dropped after reading: kept in the run's plan (D63). */
function scopeCounts(plan: unknown): { leftScope: number; enteredScope: number; readThenFiltered: number } {
  const scope = (plan as { scope?: Record<string, unknown> } | null)?.scope ?? {};
  const count = (value: unknown) => (typeof value === 'number' ? value : 0);
  return {
    leftScope: count(scope.leftScope),
    enteredScope: count(scope.enteredScope),
    readThenFiltered: count(scope.readThenFiltered),
  };
}
