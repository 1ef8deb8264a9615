// The inbox's reads, each one Twenty query whatever the number of issues (issue 17 "Done when"): a page of a filter
// (Twenty's cursor paging, with its totalCount), and the causes of a filter with their counts (Twenty's GroupBy,
// UI-SURFACES.md §5), the largest MAX_GROUPS shown.
import type { CrmGateway } from 'server/crm/gateway';
import { SYNC_ISSUE_SELECTION, type SyncIssueRecord } from 'server/crm/sync-issues';
import type { ErrorLanguage } from 'server/error-catalogue';
import type { InboxFilter, InboxGroupsAnswer, InboxIssue, InboxPageAnswer, InboxSort } from 'server/routes/contracts';
import { issueWording } from 'server/sync/issues';

import { twentyFilter } from './filter';

export const DEFAULT_PAGE_SIZE = 25;
export const MAX_GROUPS = 30;
/** Causes are error codes times fields: a few dozen at most, however many issues there are. */
const CAUSES_READ = 200;

const DEFAULT_SORT: InboxSort = { by: 'lastSeenAt', direction: 'desc' };

const PAGE_DOCUMENT = `query InboxPage($first: Int, $after: String, $last: Int, $before: String,
  $filter: MetakockaSyncIssueFilterInput, $orderBy: [MetakockaSyncIssueOrderByInput]) {
  metakockaSyncIssues(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
    totalCount pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    edges { node { ${SYNC_ISSUE_SELECTION} } } } }`;

const GROUPS_DOCUMENT = `query InboxCauses($filter: MetakockaSyncIssueFilterInput, $limit: Int) {
  metakockaSyncIssuesGroupBy(groupBy: [{ causeKey: true }], filter: $filter, limit: $limit,
    orderBy: [{ aggregate: { totalCount: DescNullsLast } }]) { groupByDimensionValues totalCount } }`;

interface Connection {
  totalCount: number;
  pageInfo: { hasNextPage: boolean; hasPreviousPage: boolean; startCursor: string | null; endCursor: string | null };
  edges: Array<{ node: SyncIssueRecord }>;
}

const orderOf = (sort: InboxSort) => {
  const direction = sort.direction === 'asc' ? 'AscNullsLast' : 'DescNullsLast';
  return [{ [sort.by]: direction }];
};

/** An issue as the inbox shows it; with `language`, its message and next step worded for that reader, else as stored
 *  (the workspace language, what an export or a count reads). */
export const toInboxIssue = (issue: SyncIssueRecord, language?: ErrorLanguage): InboxIssue => ({
  id: issue.id,
  kind: issue.kind,
  status: issue.status,
  severity: issue.severity ?? 'ERROR',
  stream: issue.stream,
  errorCode: issue.errorCode ?? 'INTERNAL',
  causeKey: issue.causeKey ?? issue.errorCode ?? 'INTERNAL',
  recordObject: issue.recordObject,
  recordId: issue.recordId,
  recordName: issue.recordName,
  metakockaId: issue.metakockaId,
  ...(language ? issueWording(issue, language) : { message: issue.message, suggestedAction: issue.suggestedAction }),
  attempts: issue.attempts ?? 0,
  firstSeenAt: issue.firstSeenAt,
  lastSeenAt: issue.lastSeenAt,
  ignoredReason: issue.ignoredReason,
  conflictField: issue.conflictField,
  firstRunId: issue.firstRunId ?? null,
  lastRunId: issue.lastRunId ?? null,
});

export interface PageQuery {
  filter: InboxFilter;
  sort?: InboxSort;
  after?: string;
  before?: string;
  pageSize?: number;
  /** The reader's language: messages are worded in it from each issue's code and parameters. */
  language?: ErrorLanguage;
}

/** One page of issues, newest last seen first unless sorted otherwise. */
export async function issuePage(gateway: CrmGateway, query: PageQuery): Promise<InboxPageAnswer> {
  const size = query.pageSize ?? DEFAULT_PAGE_SIZE;
  const backward = query.before !== undefined && query.after === undefined;
  const data = await gateway.request<{ metakockaSyncIssues: Connection }>(PAGE_DOCUMENT, {
    ...(backward ? { last: size, before: query.before } : { first: size, after: query.after ?? null }),
    filter: twentyFilter(query.filter),
    orderBy: orderOf(query.sort ?? DEFAULT_SORT),
  });
  const connection = data.metakockaSyncIssues;
  const { pageInfo } = connection;
  // Twenty reports hasPreviousPage only when paging backward and hasNextPage only forward (contract d3).
  const hasPrevious = backward ? pageInfo.hasPreviousPage : query.after !== undefined;
  const hasNext = backward ? true : pageInfo.hasNextPage;
  return {
    issues: connection.edges.map((edge) => toInboxIssue(edge.node, query.language)),
    totalCount: connection.totalCount,
    next: hasNext && connection.edges.length > 0 ? pageInfo.endCursor : null,
    previous: hasPrevious && connection.edges.length > 0 ? pageInfo.startCursor : null,
  };
}

/** Issues by cause (error code and field) with their counts, largest first. */
export async function causeGroups(gateway: CrmGateway, filter: InboxFilter): Promise<InboxGroupsAnswer> {
  const data = await gateway.request<{
    metakockaSyncIssuesGroupBy: Array<{ groupByDimensionValues: unknown[]; totalCount: number }>;
  }>(GROUPS_DOCUMENT, { filter: twentyFilter(filter), limit: CAUSES_READ });
  // Sorted here too: how Twenty orders groups and applies `limit` is unconfirmed (UI-SURFACES.md §5).
  const groups = data.metakockaSyncIssuesGroupBy
    .map((group) => ({ causeKey: String(group.groupByDimensionValues[0] ?? ''), count: group.totalCount }))
    .sort((a, b) => b.count - a.count || a.causeKey.localeCompare(b.causeKey));
  return { groups: groups.slice(0, MAX_GROUPS), more: groups.length > MAX_GROUPS };
}

/** How many issues a filter matches: a page of one record for its totalCount. */
export async function countIssues(gateway: CrmGateway, filter: InboxFilter): Promise<number> {
  return (await issuePage(gateway, { filter, pageSize: 1 })).totalCount;
}
