// A bound document edited in Twenty since the sync last wrote it, whose Metakocka version changed too (issue 12 item 7):
// the documents conflict policy decides, as for partners. Before, the pull overwrote the edit, lines included.
//  - metakocka-wins: Metakocka's version is written (nothing is compared);
//  - twenty-wins: Twenty's version stays and is pushed (pushKeptEdits) where the push can send it;
//  - newest-wins: the later of Twenty's edit and Metakocka's last change;
//  - ask: neither side is written; a CONFLICT issue lists the fields that differ, lines included, with both values.
import type { ConflictPolicy } from 'server/settings/schema';

import type { IssueBook } from '../../issues';
import { contentDifference, contentHash, documentContent, type DocumentContent } from '../model/content';
import type { SalesDocumentLineRecord, SalesDocumentRecord } from 'server/crm/sales-documents';
import type { MkDocumentWire } from '../../mk-port';

export const SALES_DOCUMENT_OBJECT = 'metakockaSalesDocument';
/** The conflict issue's field: one issue per document, whatever fields differ (they are listed in the issue). */
export const DOCUMENT_CONFLICT_FIELD = 'document';

/**
 * syncHash of a known document while the sync writes its lines (write-page.ts): a write that fails between its lines
 * and its head leaves this mark, so the next pull finishes it rather than take the half-written record for a Twenty edit.
 */
export const WRITING_HASH = 'writing';

/** The hash without its "unlinked:" mark; null for a record the sync never wrote whole (made in Twenty, deleted, half written). */
export function writtenHash(syncHash: string | null | undefined): string | null {
  if (!syncHash || syncHash === 'deleted' || syncHash === WRITING_HASH) return null;
  return syncHash.slice(syncHash.lastIndexOf(':') + 1);
}

/** The record as Twenty holds it now, in the shape the sync writes (content.ts). */
export const twentyContent = (
  record: SalesDocumentRecord,
  lines: readonly SalesDocumentLineRecord[],
): DocumentContent =>
  documentContent(
    record,
    record,
    lines.filter((l) => l.salesDocumentId === record.id && !l.deletedAt),
  );

/** When Twenty's side last changed: the record or any of its lines (a removed line counts from its removal). */
function twentyChangedAt(record: SalesDocumentRecord, lines: readonly SalesDocumentLineRecord[]): string {
  const times = [
    record.updatedAt,
    ...lines.filter((l) => l.salesDocumentId === record.id).map((l) => l.deletedAt ?? l.updatedAt),
  ];
  return (
    times
      .filter((t): t is string => !!t)
      .sort()
      .at(-1) ?? record.updatedAt
  );
}

export interface EditCandidate {
  record: SalesDocumentRecord;
  /** The hash Metakocka's new version would be written with. */
  syncHash: string;
  metakocka: DocumentContent;
  source: MkDocumentWire;
}

export type EditVerdict = 'write-metakocka' | 'keep-twenty' | 'ask';

/**
 * The verdict for one document whose Metakocka version differs from what the sync last wrote. A document whose stored
 * hash equals Metakocka's new one is not a candidate: its rewrite repairs lines a failed write left out.
 */
export function judgeTwentyEdit(
  c: EditCandidate,
  lines: readonly SalesDocumentLineRecord[],
  policy: ConflictPolicy,
  issues: IssueBook,
  now: Date,
): EditVerdict {
  const written = writtenHash(c.record.syncHash);
  if (policy === 'metakocka-wins' || c.record.deletedAt || written === null || written === writtenHash(c.syncHash))
    return 'write-metakocka';
  const twenty = twentyContent(c.record, lines);
  // Not edited in Twenty, or edited to just what Metakocka now holds.
  if (contentHash(twenty) === written || contentHash(twenty) === contentHash(c.metakocka)) return 'write-metakocka';
  const changedInTwenty = twentyChangedAt(c.record, lines);
  const changedInMetakocka = c.source.last_change_ts?.instant ?? now.toISOString(); // else: when the sync first saw it
  const side =
    policy === 'newest-wins'
      ? Date.parse(changedInTwenty) > Date.parse(changedInMetakocka)
        ? 'twenty-wins'
        : 'metakocka-wins'
      : policy;
  if (side === 'metakocka-wins') return 'write-metakocka';
  if (side === 'twenty-wins') return 'keep-twenty';
  const difference = contentDifference(twenty, c.metakocka);
  issues.conflict({
    recordObject: SALES_DOCUMENT_OBJECT,
    metakockaId: c.record.metakockaId,
    recordId: c.record.id,
    field: DOCUMENT_CONFLICT_FIELD,
    fields: difference.fields,
    twentyValue: difference.twenty,
    metakockaValue: difference.metakocka,
    twentyChangedAt: changedInTwenty,
    metakockaChangedAt: changedInMetakocka,
  });
  return 'ask';
}
