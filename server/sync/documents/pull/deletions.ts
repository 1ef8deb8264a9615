// Documents deleted in Metakocka (users can delete them at any time, API.md §6 item 25) are marked
// isDeletedInMetakocka in Twenty, never erased: only after a complete full scan of the type, and only once
// get_document confirms the document is gone, because a list that moved during the scan can miss a document.

import type { StepContext, StepOutcome } from '../../stream';
import { DOCUMENT_TYPES } from '../model/document-types';
import { nextType, PULL_ORDER, seenScope, type DeletionCursor } from './pull';
import type { DocumentRepos, SalesDocumentRecord } from 'server/crm/sales-documents';
import { MetakockaNotFoundError, type DocumentsMk } from '../../mk-port';
import { inScopeFilter } from './scope';

const PAGE_SIZE = 200;

async function isGone(mk: DocumentsMk, docType: string, mkId: string): Promise<boolean> {
  try {
    await mk.getDocument({ docType, docId: mkId });
    return false;
  } catch (error) {
    if (error instanceof MetakockaNotFoundError) return true;
    throw error;
  }
}

export async function markDeletedDocuments(
  ctx: StepContext,
  mk: DocumentsMk,
  repos: DocumentRepos,
  cursor: DeletionCursor,
): Promise<StepOutcome> {
  const docType = PULL_ORDER[cursor.typeIndex]!;
  // Only documents the filters keep: the scan did not look for the others (scope.ts).
  const filter = {
    and: [
      { documentType: { eq: DOCUMENT_TYPES[docType].selectValue } },
      { metakockaId: { is: 'NOT_NULL' } },
      { isDeletedInMetakocka: { eq: false } },
      inScopeFilter(ctx.settings.filters.documents, ctx.rt.now()),
    ],
  };
  const finished = cursor.typeIndex + 1 >= PULL_ORDER.length;
  const nextCursor = finished ? { phase: 'done' } : nextType(cursor);
  if (cursor.after === null) {
    // One count call settles the usual case: no more live documents of the type in Twenty than the scan saw.
    const count = (await repos.documents.page(null, 1, filter)).totalCount;
    if (count <= cursor.seenCount) {
      ctx.seen.drop(seenScope(docType));
      return { cursor: nextCursor, done: finished, counts: {} };
    }
  }
  const seen = ctx.seen.load(seenScope(docType));
  const page = await repos.documents.page(cursor.after, PAGE_SIZE, filter);
  const gone: SalesDocumentRecord[] = [];
  for (const record of page.records) {
    if (!seen.has(record.metakockaId!) && (await isGone(mk, docType, record.metakockaId!))) gone.push(record);
  }
  if (!ctx.dryRun && gone.length > 0) {
    const nowIso = ctx.rt.now().toISOString();
    // syncHash changes with the flag, so a document that reappears is written again in full.
    await repos.documents.upsertMany(
      gone.map((r) => ({
        id: r.id,
        metakockaId: r.metakockaId!,
        isDeletedInMetakocka: true,
        syncHash: 'deleted',
        lastSyncedAt: nowIso,
      })),
    );
  }
  const counts = { deleted: gone.length };
  const plan = ctx.dryRun
    ? gone
        .slice(0, 20)
        .map((r) => ({ action: 'mark-deleted', object: 'metakockaSalesDocument', metakockaId: r.metakockaId }))
    : undefined;
  if (page.hasNextPage && page.endCursor)
    return { cursor: { ...cursor, after: page.endCursor }, done: false, counts, plan };
  ctx.seen.drop(seenScope(docType));
  return { cursor: nextCursor, done: finished, counts, plan };
}
