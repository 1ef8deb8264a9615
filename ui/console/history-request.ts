// The history's filters as the run-list request: a stream, a status, and Ljubljana days turned into instants (the
// "to" day included).
import type { SyncRunStatus } from 'plugin/constants/select-options';
import type { RunListRequest } from 'server/routes/contracts';
import { ljubljanaDayStart } from 'ui/console/format';

export interface Filters {
  stream: string;
  status: string;
  from: string;
  to: string;
}

export const NO_FILTERS: Filters = { stream: '', status: '', from: '', to: '' };
const PAGE = 25;

export function requestOf(filters: Filters, after?: string): RunListRequest {
  const from = ljubljanaDayStart(filters.from);
  const to = ljubljanaDayStart(filters.to, true);
  return {
    first: PAGE,
    ...(filters.stream ? { stream: filters.stream as RunListRequest['stream'] } : {}),
    ...(filters.status ? { status: [filters.status as SyncRunStatus] } : {}),
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    ...(after ? { after } : {}),
  };
}
