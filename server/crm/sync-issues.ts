// metakockaSyncIssue records; issueKey is unique, so an upsert on it dedupes repeated failures (CONTRACTS.md). Every
// write goes through this repo, so it is where the trends page's chart fields follow status, severity and first-seen
// time (D79): the engine, the inbox's actions and conflict choices all write issues with it.
import { ljubljanaDate } from 'server/reports/calendar';
import { SYSTEM_SELECTION, type SystemFields } from './composites';
import type { CrmGateway } from './gateway';
import { createRecordRepo, type RecordRepo } from './records';

export interface SyncIssueRecord extends SystemFields {
  issueKey: string;
  kind: 'ERROR' | 'CONFLICT';
  severity: string | null;
  status: 'OPEN' | 'RESOLVED' | 'IGNORED';
  stream: string;
  recordObject: string | null;
  recordId: string | null;
  metakockaId: string | null;
  errorClass: string | null;
  errorCode: string | null;
  message: string;
  /** The error code's named parameters, so each reader's language can word the message (server/sync/issue-texts.ts);
   *  null on an issue whose parameters were never kept (raised before 0.4.0 with a code that needs some). */
  messageParams: Record<string, string | number> | null;
  suggestedAction: string | null;
  attempts: number | null;
  firstSeenAt: string | null;
  lastSeenAt: string | null;
  conflictField: string | null;
  twentyValue: string | null;
  metakockaValue: string | null;
  twentyChangedAt: string | null;
  metakockaChangedAt: string | null;
  /** Error code and field the inbox groups by (server/sync/issues.ts causeKeyOf). */
  causeKey: string | null;
  recordName: string | null;
  ignoredReason: string | null;
  /** The version of the record an "ignore" holds for (server/sync/issues.ts issueFingerprint). */
  ignoredFingerprint: string | null;
  /** How a conflict was settled, with the value that lost (server/inbox/conflicts.ts). */
  resolution: unknown;
  /** The record the issue is about, by relation (server/sync/issue-links.ts); at most one is set. */
  companyId: string | null;
  personId: string | null;
  productId: string | null;
  salesDocumentId: string | null;
  /** Sync-run records: the run that first raised the issue (again, after it was resolved) and the last run that saw it. */
  firstRunId: string | null;
  lastRunId: string | null;
  /** Chart fields (D79): the Ljubljana day of firstSeenAt, and OPEN with severity CRITICAL. */
  openedDay: string | null;
  isOpenCritical: boolean | null;
}

export type SyncIssueDraft = Partial<Omit<SyncIssueRecord, keyof SystemFields>> & {
  id?: string;
  issueKey: string;
  name?: string;
};

export const SYNC_ISSUE_SELECTION = `${SYSTEM_SELECTION} issueKey kind severity status stream recordObject recordId metakockaId
  errorClass errorCode message messageParams suggestedAction attempts firstSeenAt lastSeenAt conflictField twentyValue metakockaValue
  twentyChangedAt metakockaChangedAt causeKey recordName ignoredReason ignoredFingerprint resolution companyId personId
  productId salesDocumentId firstRunId lastRunId openedDay isOpenCritical`;

export type SyncIssuesRepo = RecordRepo<SyncIssueRecord, SyncIssueDraft>;

/**
 * The chart fields a write implies: the opened day when it sets firstSeenAt, and whether the issue is open and critical
 * when it sets the status (a status other than OPEN clears it; OPEN needs the severity, which every opening write
 * carries). A write that touches neither leaves them as they are.
 */
export function issueChartFields(
  draft: Pick<SyncIssueDraft, 'status' | 'severity' | 'firstSeenAt'>,
): Pick<SyncIssueDraft, 'openedDay' | 'isOpenCritical'> {
  const fields: Pick<SyncIssueDraft, 'openedDay' | 'isOpenCritical'> = {};
  if (draft.firstSeenAt) fields.openedDay = ljubljanaDate(new Date(draft.firstSeenAt));
  if (draft.status && draft.status !== 'OPEN') fields.isOpenCritical = false;
  else if (draft.status === 'OPEN' && draft.severity !== undefined)
    fields.isOpenCritical = draft.severity === 'CRITICAL';
  return fields;
}

/** A repo whose writes carry the chart fields they imply (the in-memory Twenty wraps its own repo with it too). */
export const withIssueChartFields = (repo: SyncIssuesRepo): SyncIssuesRepo => ({
  ...repo,
  upsertMany: (drafts) => repo.upsertMany(drafts.map((draft) => ({ ...draft, ...issueChartFields(draft) }))),
});

export const createSyncIssuesRepo = (gateway: CrmGateway): SyncIssuesRepo =>
  withIssueChartFields(
    createRecordRepo(gateway, {
      nameSingular: 'metakockaSyncIssue',
      namePlural: 'metakockaSyncIssues',
      selection: SYNC_ISSUE_SELECTION,
    }),
  );
