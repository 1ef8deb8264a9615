// The last phase of a documents run: documents written while their customer, a line's product or their source was
// not in Twenty yet (syncHash UNLINKED_HASH_PREFIX) are read again and rewritten, now that the partners and products
// streams may have caught up. Without it such a document stayed unlinked until the next full rescan (up to 24 h):
// all streams start together, so on a first sync, or after the partners run was interrupted, documents can come
// first (found by the crash test, test/server/sync/crash).
// More than relink reads one by one (a first sync with every stream started at once, or a partners run that died while
// documents went on): the types this run wrote unlinked are scanned in full by the next run instead, 100 documents per
// search page rather than a get_document each (API.md §4). The next scheduled run starts once partners and products are
// through (planner.ts). Without this, 5,000 unlinked documents took 25 runs (found by `npm run test:crash` at small scale).

import type { StepContext, StepOutcome } from '../../stream';
import { reportUnreadable } from '../../unreadable';
import { SALES_DOC_TYPES, isSalesDocType } from '../model/document-types';
import { requestFullScan } from './pull';
import type { DocumentRepos } from 'server/crm/sales-documents';
import { UNLINKED_HASH_PREFIX, writeDocumentsPage, type WriteDeps } from './write-page';
import {
  MetakockaItemUnreadableError,
  MetakockaNotFoundError,
  type DocumentsMk,
  type MkDocumentWire,
} from '../../mk-port';

export type RelinkCursor = { phase: 'relink'; after: string | null; pages: number };
export const RELINK_START: RelinkCursor = { phase: 'relink', after: null, pages: 0 };

const PAGE_SIZE = 50;
/** At most this many pages per run, so documents whose partner never comes (excluded, refused) cost a bounded read. */
const MAX_PAGES = 4;
const READ_OPTIONS = { showPaymentDetail: true, showTaxFactor: true, showProductDetail: true };

const UNLINKED = [
  { syncHash: { ilike: `${UNLINKED_HASH_PREFIX}%` } },
  { metakockaId: { is: 'NOT_NULL' } },
  { isDeletedInMetakocka: { eq: false } },
];

/**
 * Asks a full scan of every type this run wrote unlinked documents of. A document that stays unlinkable (its customer is
 * excluded from sync) keeps its hash on that scan and is not written again, so it never asks for another one.
 */
async function rescanInstead(ctx: StepContext, repos: DocumentRepos): Promise<boolean> {
  const writtenThisRun = { lastSyncedAt: { gte: ctx.state.startedAt } };
  let asked = false;
  for (const docType of SALES_DOC_TYPES) {
    const { totalCount } = await repos.documents.page(null, 1, {
      and: [...UNLINKED, writtenThisRun, { documentType: { eq: docType.toUpperCase() } }],
    });
    if (totalCount === 0) continue;
    asked = true;
    if (!ctx.dryRun) await requestFullScan(ctx, docType);
  }
  return asked;
}

export async function relinkDocuments(
  ctx: StepContext,
  mk: DocumentsMk,
  deps: WriteDeps,
  cursor: RelinkCursor,
): Promise<StepOutcome> {
  const page = await deps.repos.documents.page(cursor.after, PAGE_SIZE, { and: UNLINKED });
  const first = cursor.pages === 0 && cursor.after === null;
  if (first && page.totalCount > MAX_PAGES * PAGE_SIZE && (await rescanInstead(ctx, deps.repos)))
    return { cursor: { phase: 'done' }, done: true, counts: {} };
  const docs: MkDocumentWire[] = [];
  for (const record of page.records) {
    const docType = record.documentType?.toLowerCase();
    if (!isSalesDocType(docType)) continue;
    try {
      const doc = await mk.getDocument({ docType, docId: record.metakockaId! }, READ_OPTIONS);
      docs.push(doc.doc_type ? doc : { ...doc, doc_type: docType });
    } catch (error) {
      // Unreadable: an issue naming it, and the others are relinked. Gone: the type's next full scan marks it deleted.
      if (error instanceof MetakockaItemUnreadableError)
        reportUnreadable(ctx.issues, 'metakockaSalesDocument', [{ mkId: record.metakockaId, error }]);
      else if (!(error instanceof MetakockaNotFoundError)) throw error;
    }
  }
  const written = docs.length > 0 ? await writeDocumentsPage(docs, deps) : null;
  const more = page.hasNextPage && page.endCursor !== null && cursor.pages + 1 < MAX_PAGES;
  const counts = { ...written?.counts };
  const plan = ctx.dryRun ? written?.plan : undefined;
  if (more) return { cursor: { ...cursor, after: page.endCursor, pages: cursor.pages + 1 }, done: false, counts, plan };
  return { cursor: { phase: 'done' }, done: true, counts, plan };
}
