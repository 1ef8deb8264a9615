// The filtered issue list as a CSV file (issue 17): read as the member page by page in the list's order, written with
// the reports' RFC 4180 writer and stored on a report record's FILES field (server/exports/store.ts), since a front
// component cannot hand the browser a file it built (UI-SURFACES.md §4.2). The answer is the file's link.
import type { CrmGateway } from 'server/crm/gateway';
import { writeCsv, type CsvCell } from 'server/exports/csv';
import { storeExport, type ExportStoreDeps, type StoredExport } from 'server/exports/store';
import type { InboxFilter, InboxIssue, InboxSort } from 'server/routes/contracts';

import { issuePage } from './queries';

/** Twenty's own CSV export stops at 20,000 records too (OPERATIONS-ANCHORS §1 TW). */
export const MAX_EXPORT_ROWS = 20_000;

const HEADER = [
  'Status',
  'Severity',
  'Class',
  'Stream',
  'Error code',
  'Cause',
  'Record type',
  'Record',
  'Record id',
  'Metakocka id',
  'Message',
  'What to do',
  'Attempts',
  'First seen',
  'Last seen',
  'Ignored because',
];

const rowOf = (i: InboxIssue): CsvCell[] => [
  i.status,
  i.severity,
  i.kind,
  i.stream,
  i.errorCode,
  i.causeKey,
  i.recordObject,
  i.recordName,
  i.recordId,
  i.metakockaId,
  i.message,
  i.suggestedAction,
  i.attempts,
  i.firstSeenAt,
  i.lastSeenAt,
  i.ignoredReason,
];

export async function exportIssues(
  reader: CrmGateway,
  store: ExportStoreDeps,
  query: { filter: InboxFilter; sort?: InboxSort },
  requestedBy: string | null,
): Promise<StoredExport & { rowCount: number; truncated: boolean }> {
  const rows: CsvCell[][] = [];
  let after: string | undefined;
  let total: number;
  do {
    const page = await issuePage(reader, { ...query, after, pageSize: 200 });
    total = page.totalCount;
    rows.push(...page.issues.map(rowOf));
    after = page.next ?? undefined;
  } while (after && rows.length < MAX_EXPORT_ROWS);
  const kept = rows.slice(0, MAX_EXPORT_ROWS);
  const day = store.now().toISOString().slice(0, 10);
  const stored = await storeExport(store, {
    name: `Metakocka sync issues ${day}`,
    source: 'inbox:issues',
    format: 'CSV',
    fileName: `metakocka-sync-issues-${day}.csv`,
    bytes: new TextEncoder().encode(writeCsv(HEADER, kept, { byteOrderMark: true })),
    rowCount: kept.length,
    parameters: query,
    requestedBy,
  });
  return { ...stored, rowCount: kept.length, truncated: total > kept.length };
}
