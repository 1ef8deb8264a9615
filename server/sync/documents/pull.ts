// Documents pull, one step = one search page (at most 100 documents of one type, API.md §4) into Twenty.
// Types go in flow order (offers, orders, invoices, credit notes) so a source is usually in Twenty before the
// documents made from it. A type's checkpoint is saved only when its scan completes; the run's cursor saves the page.
import type { MkDocument } from 'server/metakocka/schemas/document.schema';
import { SEARCH_PAGE_MAX } from 'server/metakocka/search';

import { saveSeenPage } from '../checkpoints';
import type { StepContext, StepOutcome } from '../stream';
import type { DocumentRepos } from './records';
import { SALES_DOC_TYPES, type MkSalesDocType } from './document-types';
import { DOCUMENTS_STREAM, type DocumentsMk } from './ports';
import { afterPage, checkpointAfter, pageRequest, startTypeScan, type TypeCheckpoint, type TypeScan } from './scan-plan';
import { writeDocumentsPage, type WriteDeps } from './write-page';

/** Pull order: sources before what is made from them (lineage.ts). */
export const PULL_ORDER: readonly MkSalesDocType[] = SALES_DOC_TYPES;

export type ScanCursor = {
  phase: 'scan';
  typeIndex: number;
  scan: TypeScan | null;
  /** Pages of this type's full scan whose ids are saved for the deletion check. */
  seenPages: number;
};

export type DeletionCursor = {
  phase: 'deletions';
  typeIndex: number;
  seenPages: number;
  after: string | null;
};

const checkpointKey = (docType: MkSalesDocType) => `metakocka:documents:checkpoint:${docType}`;
export const loadTypeCheckpoint = async (ctx: StepContext, docType: MkSalesDocType) => (await ctx.rt.kv.get<TypeCheckpoint>(checkpointKey(docType))) ?? {};
/** Seen ids are kept per run and type, so each type's deletion check reads only its own pages. */
export const seenRunKey = (runId: string, docType: MkSalesDocType) => `${runId}:${docType}`;

export function writeDeps(ctx: StepContext, repos: DocumentRepos, ensurePartners?: WriteDeps['ensurePartners']): WriteDeps {
  const { crm } = ctx.rt;
  return {
    repos,
    companies: crm.companies,
    people: crm.people,
    products: crm.products,
    documents: repos.documents,
    issues: ctx.issues,
    now: () => ctx.rt.now(),
    dryRun: ctx.dryRun,
    ensurePartners,
  };
}

export function nextType(cursor: { typeIndex: number }): StepOutcome['cursor'] {
  return { phase: 'scan', typeIndex: cursor.typeIndex + 1, scan: null, seenPages: 0 } satisfies ScanCursor;
}

export async function pullDocumentsPage(ctx: StepContext, mk: DocumentsMk, cursor: ScanCursor, deps: WriteDeps): Promise<StepOutcome> {
  const docType = PULL_ORDER[cursor.typeIndex]!;
  const checkpoint = await loadTypeCheckpoint(ctx, docType);
  const scan = cursor.scan ?? startTypeScan(docType, checkpoint, ctx.rt.now());
  const page = await mk.searchDocuments(pageRequest(scan, SEARCH_PAGE_MAX));
  const records: MkDocument[] = page.records.map((d) => (d.doc_type ? d : { ...d, doc_type: docType })); // some types come without doc_type (API.md §2.5)
  const verdict = afterPage(scan, { mkIds: records.map((d) => d.mk_id), total: page.total, nextOffset: page.nextOffset });
  if (verdict.kind === 'restart') return { cursor: { ...cursor, scan: verdict.scan, seenPages: 0 }, done: false, counts: {} };
  const written = await writeDocumentsPage(records, deps);
  let seenPages = cursor.seenPages;
  if (scan.mode === 'full' && !ctx.dryRun) {
    await saveSeenPage(ctx.rt.kv, DOCUMENTS_STREAM, seenRunKey(ctx.state.runId, docType), seenPages, records.map((d) => d.mk_id));
    seenPages += 1;
  }
  const outcome = { counts: { ...written.counts, recordsDone: records.length }, plan: ctx.dryRun ? written.plan : undefined };
  if (verdict.kind === 'continue') return { ...outcome, cursor: { ...cursor, scan: verdict.scan, seenPages }, done: false };
  if (!ctx.dryRun) await ctx.rt.kv.set(checkpointKey(docType), checkpointAfter(verdict.scan, checkpoint, ctx.state.startedAt));
  const finished = cursor.typeIndex + 1 >= PULL_ORDER.length;
  if (scan.mode === 'full') {
    const next: DeletionCursor = { phase: 'deletions', typeIndex: cursor.typeIndex, seenPages, after: null };
    return { ...outcome, cursor: next, done: false };
  }
  return { ...outcome, cursor: finished ? { phase: 'done' } : nextType(cursor), done: finished };
}
