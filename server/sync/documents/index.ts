// The documents stream: Metakocka sales documents → Twenty, type by type; a full scan of a type ends with its deletions;
// the run ends by relinking documents written before what they point at was in Twenty (pull/relink.ts).
import type { StreamDescriptor } from '../stream';
import { DOCUMENTS_STREAM } from './model/stream-name';
import { markDeletedDocuments } from './pull/deletions';
import { pullDocumentsPage, writeDeps, type DeletionCursor, type ScanCursor } from './pull/pull';
import { RELINK_START, relinkDocuments, type RelinkCursor } from './pull/relink';
import { markDocumentScope, SCOPE_START, type ScopeCursor } from './pull/scope';

export const documentsStream: StreamDescriptor = {
  name: DOCUMENTS_STREAM,
  direction: 'PULL',
  async step(ctx) {
    const mk = ctx.rt.mk.documents;
    const deps = writeDeps(ctx, ctx.rt.crm.salesDocuments, mk);
    const cursor = ctx.state.cursor as Partial<ScanCursor> | DeletionCursor;
    const phase = (cursor as { phase?: string }).phase;
    if (phase === 'relink') return relinkDocuments(ctx, mk, deps, cursor as unknown as RelinkCursor);
    if (phase === 'scope') return markDocumentScope(ctx, cursor as unknown as ScopeCursor, RELINK_START);
    const scan = cursor as Partial<ScanCursor>;
    const outcome =
      cursor.phase === 'deletions'
        ? await markDeletedDocuments(ctx, mk, deps.repos, cursor as DeletionCursor)
        : await pullDocumentsPage(
            ctx,
            mk,
            {
              phase: 'scan',
              typeIndex: scan.typeIndex ?? 0,
              scan: scan.scan ?? null,
              seenCount: scan.seenCount ?? 0,
            },
            deps,
          );
    // Every type done: documents the filters leave out are marked (pull/scope.ts), then documents written before their
    // customer, products or source existed are linked.
    return outcome.done ? { ...outcome, cursor: SCOPE_START, done: false } : outcome;
  },
};
