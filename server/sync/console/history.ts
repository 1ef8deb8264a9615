// Run history (issue 16 item 5): runs by stream, status and date, newest first, one Twenty page per request; a run's
// detail with the settings it ran with and exactly the issues whose first or last run it is. Read with the member's
// token, so Twenty's own permissions decide who may read runs and issues.
import type { Crm, SyncIssueRecord, SyncRunRecord } from 'server/crm';
import type { ErrorLanguage } from 'server/error-catalogue';
import type { RunDetailAnswer, RunIssue, RunListAnswer, RunListRequest } from 'server/routes/contracts';
import { settingsSchema } from 'server/settings/schema';
import { issueWording } from '../issues';
import { summaryOf } from './run-view';

export async function listRuns(crm: Pick<Crm, 'syncRuns'>, request: RunListRequest): Promise<RunListAnswer> {
  const and: Array<Record<string, unknown>> = [];
  if (request.stream) and.push({ stream: { eq: request.stream.toUpperCase() } });
  if (request.status) and.push({ status: { in: request.status } });
  if (request.dryRun !== undefined) and.push({ isDryRun: { eq: request.dryRun } });
  if (request.from) and.push({ startedAt: { gte: request.from } });
  if (request.to) and.push({ startedAt: { lt: request.to } });
  const page = await crm.syncRuns.page(request.after ?? null, request.first ?? 25, and.length ? { and } : {}, [
    { startedAt: 'DescNullsLast' },
    { id: 'DescNullsLast' },
  ]);
  return {
    runs: page.records.map(summaryOf),
    totalCount: page.totalCount,
    nextCursor: page.hasNextPage ? page.endCursor : null,
  };
}

/** The issues of a run are few (deduplicated per record and cause); more than this many are cut, newest kept. */
export const RUN_DETAIL_ISSUE_LIMIT = 200;

export async function runDetail(
  crm: Pick<Crm, 'syncRuns' | 'syncIssues'>,
  recordId: string,
  language: ErrorLanguage,
): Promise<RunDetailAnswer | null> {
  const [run] = await crm.syncRuns.findByIds([recordId]);
  if (!run) return null;
  const issues = await crm.syncIssues.page(
    null,
    RUN_DETAIL_ISSUE_LIMIT,
    { or: [{ firstRunId: { eq: recordId } }, { lastRunId: { eq: recordId } }] },
    [{ lastSeenAt: 'DescNullsLast' }, { id: 'AscNullsFirst' }],
  );
  return {
    run: {
      ...summaryOf(run),
      callsByMethod: callsOf(run.apiCallsByMethod),
      settings: snapshotOf(run),
      plan: Array.isArray(run.plan) ? (run.plan as Array<Record<string, unknown>>) : null,
    },
    issues: issues.records.map((issue) => issueOf(issue, language)),
  };
}

function callsOf(value: unknown): Record<string, number> {
  if (!value || typeof value !== 'object') return {};
  return Object.fromEntries(Object.entries(value).filter((e): e is [string, number] => typeof e[1] === 'number'));
}

/** A snapshot this version cannot read (an older or newer settings shape) is shown as absent, not guessed at. */
function snapshotOf(run: SyncRunRecord) {
  const parsed = settingsSchema.safeParse(run.settingsSnapshot);
  return run.settingsSnapshot && parsed.success ? parsed.data : null;
}

const issueOf = (issue: SyncIssueRecord, language: ErrorLanguage): RunIssue => ({
  id: issue.id,
  issueKey: issue.issueKey,
  kind: issue.kind,
  severity: issue.severity,
  status: issue.status,
  errorCode: issue.errorCode,
  recordObject: issue.recordObject,
  recordId: issue.recordId,
  metakockaId: issue.metakockaId,
  conflictField: issue.conflictField,
  ...issueWording(issue, language),
  attempts: issue.attempts,
  firstSeenAt: issue.firstSeenAt,
  lastSeenAt: issue.lastSeenAt,
  firstRunId: issue.firstRunId,
  lastRunId: issue.lastRunId,
});
