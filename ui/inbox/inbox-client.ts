// The inbox's calls to its routes (plugin/constants INBOX_ROUTES); answers and refusals as RouteResult values.
import { INBOX_ROUTES } from 'plugin/constants/route-paths';
import type {
  ConflictAnswer,
  InboxActAnswer,
  InboxConflictsAnswer,
  InboxExportAnswer,
  InboxFilter,
  InboxGroupsAnswer,
  InboxJob,
  InboxPageAnswer,
  InboxSort,
  InboxWeeksAnswer,
} from 'server/routes/contracts';
import { callRoute } from 'ui/shared/call-route';

export type IssueTarget = { ids: string[] } | { filter: InboxFilter };

export const readPage = (filter: InboxFilter, sort: InboxSort, cursor: { after?: string; before?: string }) =>
  callRoute<InboxPageAnswer>(INBOX_ROUTES.read, { what: 'page', filter, sort, ...cursor });
export const readGroups = (filter: InboxFilter) =>
  callRoute<InboxGroupsAnswer>(INBOX_ROUTES.read, { what: 'groups', filter });
export const readWeeks = () => callRoute<InboxWeeksAnswer>(INBOX_ROUTES.read, { what: 'weeks' });
export const readJob = (jobId: string) => callRoute<InboxJob>(INBOX_ROUTES.read, { what: 'job', jobId });
export const readConflict = (issueId: string) =>
  callRoute<ConflictAnswer>(INBOX_ROUTES.read, { what: 'conflict', issueId });

export const exportCsv = (filter: InboxFilter, sort: InboxSort) =>
  callRoute<InboxExportAnswer>(INBOX_ROUTES.read, { what: 'export', filter, sort });

export const act = (action: 'retry' | 'ignore' | 'resolve', target: IssueTarget, reason?: string) =>
  callRoute<InboxActAnswer>(INBOX_ROUTES.act, { action, target, ...(reason ? { reason } : {}) });
export const settleConflicts = (body: object) => callRoute<InboxConflictsAnswer>(INBOX_ROUTES.conflicts, body);
