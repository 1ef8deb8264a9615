// metakockaSyncRun records: one per run of one stream, with live progress and call counts (CONTRACTS.md).
import { SYSTEM_SELECTION, type SystemFields } from './composites';
import type { CrmGateway } from './gateway';
import { createRecordRepo, type RecordRepo } from './records';

export interface SyncRunRecord extends SystemFields {
  stream: string;
  direction: string;
  trigger: string;
  status: string;
  startedAt: string | null;
  finishedAt: string | null;
  createdCount: number;
  updatedCount: number;
  unchangedCount: number;
  deletedCount: number;
  failedCount: number;
  skippedCount: number;
  apiCallsMetakocka: number;
  apiCallsTwenty: number;
  apiCallsByMethod: unknown;
  checkpoint: string | null;
  recordsDone: number;
  recordsEstimated: number | null;
  isDryRun: boolean;
  errorSummary: string | null;
  plan: unknown;
  /** The settings the run started with (null for runs before 0.3.0). */
  settingsSnapshot: unknown;
  /** Chart field (D79): the Ljubljana day of startedAt. */
  startedDay: string | null;
}

export type SyncRunDraft = Partial<Omit<SyncRunRecord, keyof SystemFields>> & { id: string; name?: string };

export const SYNC_RUN_SELECTION = `${SYSTEM_SELECTION} stream direction trigger status startedAt finishedAt createdCount updatedCount
  unchangedCount deletedCount failedCount skippedCount apiCallsMetakocka apiCallsTwenty apiCallsByMethod checkpoint recordsDone
  recordsEstimated isDryRun errorSummary plan settingsSnapshot startedDay`;

export type SyncRunsRepo = RecordRepo<SyncRunRecord, SyncRunDraft>;

export const createSyncRunsRepo = (gateway: CrmGateway): SyncRunsRepo =>
  createRecordRepo(gateway, {
    nameSingular: 'metakockaSyncRun',
    namePlural: 'metakockaSyncRuns',
    selection: SYNC_RUN_SELECTION,
  });
