// The documents stream: Metakocka sales documents → Twenty, type by type; a full scan of a type ends with its deletions;
// the run ends by relinking documents written before what they point at was in Twenty (relink.ts).
import type { StepContext, StreamDescriptor } from '../stream';
import { markDeletedDocuments } from './deletions';
import type { DocumentsMk } from '../mk-port';
import { DOCUMENTS_STREAM, documentsMkOf } from './ports';
import { pullDocumentsPage, writeDeps, type DeletionCursor, type ScanCursor } from './pull';
import { createDocumentRepos, type DocumentRepos } from './records';
import { RELINK_START, relinkDocuments, type RelinkCursor } from './relink';
import type { WriteDeps } from './write-page';
import { markDocumentScope, SCOPE_START, type ScopeCursor } from './scope';

export interface DocumentsStreamOptions {
  /** The Metakocka client's document methods; by default taken from the runtime's Metakocka port. */
  mk?: (ctx: StepContext) => DocumentsMk;
  /** The Twenty repositories of documents and lines; by default GraphQL ones on the runtime's gateway. */
  repos?: (ctx: StepContext) => DocumentRepos;
  /** The partners stream's pull of named partners, so a document's customer exists in Twenty before it is linked. */
  ensurePartners?: (ctx: StepContext) => WriteDeps['ensurePartners'];
}

export function createDocumentsStream(options: DocumentsStreamOptions = {}): StreamDescriptor {
  return {
    name: DOCUMENTS_STREAM,
    direction: 'PULL',
    async step(ctx) {
      const mk = options.mk ? options.mk(ctx) : documentsMkOf(ctx.rt);
      const repos = options.repos ? options.repos(ctx) : createDocumentRepos(ctx.rt.crm.gateway);
      const deps = writeDeps(ctx, repos, mk, options.ensurePartners?.(ctx));
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
      // Every type done: documents the filters leave out are marked (scope.ts), then documents written before their
      // customer, products or source existed are linked.
      return outcome.done ? { ...outcome, cursor: SCOPE_START, done: false } : outcome;
    },
  };
}

export const documentsStream = createDocumentsStream();
