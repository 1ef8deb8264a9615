// The last phase of a documents run: documents written while their customer, a line's product or their source was
// not in Twenty yet (syncHash UNLINKED_HASH_PREFIX) are read again and rewritten, now that the partners and products
// streams may have caught up. Without it such a document stayed unlinked until the next full rescan (up to 24 h):
// all streams start together, so on a first sync, or after the partners run was interrupted, documents can come
// first (found by the crash test, test/server/sync/crash).
import { MetakockaNotFoundError } from 'server/metakocka/errors';
import type { MkDocument } from 'server/metakocka/schemas/document.schema';

import type { StepContext, StepOutcome } from '../stream';
import { isSalesDocType } from './document-types';
import type { DocumentsMk } from './ports';
import { UNLINKED_HASH_PREFIX, writeDocumentsPage, type WriteDeps } from './write-page';

export type RelinkCursor = { phase: 'relink'; after: string | null; pages: number };
export const RELINK_START: RelinkCursor = { phase: 'relink', after: null, pages: 0 };

const PAGE_SIZE = 50;
/** At most this many pages per run, so documents whose partner never comes (excluded, refused) cost a bounded read. */
const MAX_PAGES = 4;
const READ_OPTIONS = { showPaymentDetail: true, showTaxFactor: true, showProductDetail: true };

export async function relinkDocuments(ctx: StepContext, mk: DocumentsMk, deps: WriteDeps, cursor: RelinkCursor): Promise<StepOutcome> {
  const filter = { and: [{ syncHash: { ilike: `${UNLINKED_HASH_PREFIX}%` } }, { metakockaId: { is: 'NOT_NULL' } }, { isDeletedInMetakocka: { eq: false } }] };
  const page = await deps.repos.documents.page(cursor.after, PAGE_SIZE, filter);
  const docs: MkDocument[] = [];
  for (const record of page.records) {
    const docType = record.documentType?.toLowerCase();
    if (!isSalesDocType(docType)) continue;
    try {
      const doc = await mk.getDocument({ docType, docId: record.metakockaId! }, READ_OPTIONS);
      docs.push(doc.doc_type ? doc : { ...doc, doc_type: docType });
    } catch (error) {
      if (!(error instanceof MetakockaNotFoundError)) throw error; // gone: the type's next full scan marks it deleted
    }
  }
  const written = docs.length > 0 ? await writeDocumentsPage(docs, deps) : null;
  const more = page.hasNextPage && page.endCursor !== null && cursor.pages + 1 < MAX_PAGES;
  const counts = { ...written?.counts };
  const plan = ctx.dryRun ? written?.plan : undefined;
  if (more) return { cursor: { ...cursor, after: page.endCursor, pages: cursor.pages + 1 }, done: false, counts, plan };
  return { cursor: { phase: 'done' }, done: true, counts, plan };
}
