// The reads alerts need, each one bounded call whatever the number of issues or runs: open CRITICAL issues, a
// stream's newest finished runs, counts by filter, and the newest issues of a period.
import type { CrmGateway } from './gateway';

export interface AlertIssue {
  id: string;
  stream: string;
  kind: string;
  severity: string | null;
  errorCode: string | null;
  message: string;
  messageParams: Record<string, string | number> | null;
  suggestedAction: string | null;
  metakockaId: string | null;
  recordObject: string | null;
  firstSeenAt: string | null;
}

export interface AlertRun {
  id: string;
  status: string;
  finishedAt: string | null;
  errorSummary: string | null;
  stream: string;
  isDryRun: boolean | null;
}

const ISSUE_FIELDS =
  'id stream kind severity errorCode message messageParams suggestedAction metakockaId recordObject firstSeenAt';

const ISSUES = `query MetakockaAlertIssues($filter: MetakockaSyncIssueFilterInput, $first: Int) {
  metakockaSyncIssues(filter: $filter, first: $first, orderBy: [{ firstSeenAt: AscNullsLast }]) {
    totalCount edges { node { ${ISSUE_FIELDS} } } } }`;

const RUNS = `query MetakockaAlertRuns($filter: MetakockaSyncRunFilterInput, $first: Int) {
  metakockaSyncRuns(filter: $filter, first: $first, orderBy: [{ finishedAt: DescNullsLast }]) {
    edges { node { id status finishedAt errorSummary stream isDryRun } } } }`;

type Page<T> = { totalCount?: number; edges: Array<{ node: T }> };

async function issues(
  gateway: CrmGateway,
  filter: Record<string, unknown>,
  first: number,
): Promise<{ issues: AlertIssue[]; totalCount: number }> {
  const data = await gateway.request<{ metakockaSyncIssues: Page<AlertIssue> }>(ISSUES, { filter, first });
  return {
    issues: data.metakockaSyncIssues.edges.map((edge) => edge.node),
    totalCount: data.metakockaSyncIssues.totalCount ?? 0,
  };
}

/** Open CRITICAL issues, oldest first; a cause is known by its first 200, whatever follows. */
export const openCriticalIssues = (gateway: CrmGateway) =>
  issues(gateway, { status: { eq: 'OPEN' }, severity: { eq: 'CRITICAL' } }, 200);

/** Issues first seen in (from, to], the ones that matter (CRITICAL, ERROR) first in the list the caller shows. */
export const issuesFirstSeenBetween = (
  gateway: CrmGateway,
  from: string,
  to: string,
  extra: Record<string, unknown> = {},
) => issues(gateway, { and: [{ firstSeenAt: { gt: from } }, { firstSeenAt: { lte: to } }, extra] }, 10);

async function finishedRuns(gateway: CrmGateway, filter: Record<string, unknown>, count: number) {
  const data = await gateway.request<{ metakockaSyncRuns: Page<AlertRun> }>(RUNS, {
    filter: { ...filter, finishedAt: { is: 'NOT_NULL' } },
    first: count,
  });
  return data.metakockaSyncRuns.edges.map((edge) => edge.node);
}

/** A stream's newest finished real runs (dry runs change nothing, so they alert nobody). */
export const newestFinishedRuns = (gateway: CrmGateway, stream: string, count: number): Promise<AlertRun[]> =>
  finishedRuns(gateway, { stream: { eq: stream }, isDryRun: { eq: false } }, count);

/** The newest finished runs of every stream, dry runs included, as the health check's "last sync" is read. */
export const newestFinishedRunsOfAnyStream = (gateway: CrmGateway, count: number): Promise<AlertRun[]> =>
  finishedRuns(gateway, {}, count);

const LAST_ACTOR = `query MetakockaLastActor($filter: MetakockaAuditEntryFilterInput) {
  metakockaAuditEntries(filter: $filter, first: 1, orderBy: [{ at: DescNullsLast }]) {
    edges { node { actorWorkspaceMemberId } } } }`;

/** The member behind the newest audit entry of an action (e.g. who last saved the connection), or null. */
export async function lastActorOf(gateway: CrmGateway, action: string): Promise<string | null> {
  const data = await gateway.request<{
    metakockaAuditEntries: Page<{ actorWorkspaceMemberId: string | null }>;
  }>(LAST_ACTOR, { filter: { action: { eq: action } } });
  return data.metakockaAuditEntries.edges[0]?.node.actorWorkspaceMemberId ?? null;
}
