// Documents pull, one step = up to SEARCH_PAGES_PER_STEP search pages of one type (at most 100 documents each,
// API.md §4) written to Twenty together, so the writes fill Twenty's 200-record batches.
// Types go in flow order (offers, orders, invoices, credit notes) so a source is usually in Twenty before the
// documents made from it. A type's checkpoint is saved only when its scan completes; the run's cursor saves the page.

import type { StepContext, StepOutcome } from '../../stream';
import type { DocumentRepos } from 'server/crm/sales-documents';
import { SALES_DOC_TYPES, type MkSalesDocType } from '../model/document-types';
import {
  afterPage,
  checkpointAfter,
  pageRequest,
  startTypeScan,
  type PageVerdict,
  type TypeCheckpoint,
  type TypeScan,
} from './scan-plan';
import { writeDocumentsPage, type WriteDeps } from './write-page';
import { partnerPusher, pushKeptEdits } from './keep-twenty';
import { reportUnreadable } from '../../unreadable';
import { SEARCH_PAGE_MAX, type DocumentsMk, type MkDocumentWire, type UnreadableItem } from '../../mk-port';
import { documentDateFloor, keepFromFloor, typeInScope, withDateFloor } from './scope';

/** Pull order: sources before what is made from them (lineage.ts). */
export const PULL_ORDER: readonly MkSalesDocType[] = SALES_DOC_TYPES;

export type ScanCursor = {
  phase: 'scan';
  typeIndex: number;
  scan: TypeScan | null;
  /** Documents of this type's full scan that mapped (and so are in Twenty): the deletion check's count shortcut. */
  seenCount: number;
};

export type DeletionCursor = {
  phase: 'deletions';
  typeIndex: number;
  seenCount: number;
  after: string | null;
};

export const SEARCH_PAGES_PER_STEP = 10;

const checkpointKey = (docType: MkSalesDocType) => `metakocka:documents:checkpoint:${docType}`;
/** What is stored: the type's checkpoint, plus the run that saved it and the one it replaced. */
type StoredCheckpoint = TypeCheckpoint & { savedByRun?: string; before?: TypeCheckpoint };

/**
 * The type's checkpoint as this run found it. One this run saved itself is set aside: the type checkpoint is written
 * when the type's scan completes, before the job's run state is; a job that fails after that (a fault while flushing
 * issues, a crash) is retried from the type's start, and must scan as the run first did, not incrementally from its
 * own new checkpoint (the fault test lost a document's MAPPING issue, and a full scan's deletions, that way).
 */
export async function loadTypeCheckpoint(ctx: StepContext, docType: MkSalesDocType): Promise<TypeCheckpoint> {
  const { savedByRun, before, ...stored } = (await ctx.rt.kv.get<StoredCheckpoint>(checkpointKey(docType))) ?? {};
  return savedByRun === ctx.state.runId ? (before ?? {}) : stored;
}
/** The type's next scan is a full one: relink.ts asks for it when more documents were written unlinked than it reads one by one. */
export async function requestFullScan(ctx: StepContext, docType: MkSalesDocType): Promise<void> {
  const stored = await ctx.rt.kv.get<StoredCheckpoint>(checkpointKey(docType));
  if (!stored?.lastFullScanAt) return;
  const { lastFullScanAt: _forgotten, ...rest } = stored;
  await ctx.rt.kv.set(checkpointKey(docType), rest satisfies StoredCheckpoint);
}

/** Seen ids are kept per type, so each type's deletion check reads only its own. */
export const seenScope = (docType: MkSalesDocType) => `documents:${docType}`;

export function writeDeps(
  ctx: StepContext,
  repos: DocumentRepos,
  mk: DocumentsMk,
  ensurePartners?: WriteDeps['ensurePartners'],
): WriteDeps {
  const { crm } = ctx.rt;
  const deps: WriteDeps = {
    repos,
    companies: crm.companies,
    people: crm.people,
    products: crm.products,
    documents: repos.documents,
    issues: ctx.issues,
    timeline: ctx.timeline,
    now: () => ctx.rt.now(),
    dryRun: ctx.dryRun,
    conflictPolicy: ctx.settings.conflicts.documents,
    ensurePartners,
    pushKept: (kept) => pushKeptEdits({ ...deps, mk, pushPartner: partnerPusher(ctx.rt) }, kept),
  };
  return deps;
}

export function nextType(cursor: { typeIndex: number }): StepOutcome['cursor'] {
  return { phase: 'scan', typeIndex: cursor.typeIndex + 1, scan: null, seenCount: 0 } satisfies ScanCursor;
}

export async function pullDocumentsPage(
  ctx: StepContext,
  mk: DocumentsMk,
  cursor: ScanCursor,
  deps: WriteDeps,
): Promise<StepOutcome> {
  const docType = PULL_ORDER[cursor.typeIndex]!;
  const filters = ctx.settings.filters.documents;
  const finished = cursor.typeIndex + 1 >= PULL_ORDER.length;
  // A type the filters leave out is not read; its documents in Twenty are marked by the scope phase (scope.ts).
  if (!typeInScope(filters, docType))
    return { cursor: finished ? { phase: 'done' } : nextType(cursor), done: finished, counts: {} };
  const checkpoint = await loadTypeCheckpoint(ctx, docType);
  const floor = documentDateFloor(filters, ctx.rt.now());
  const first = cursor.scan ?? withDateFloor(startTypeScan(docType, checkpoint, ctx.rt.now()), floor);
  const { records: read, unreadable, verdict } = await readPages(mk, docType, first);
  const { kept: records, dropped } = keepFromFloor(read, floor);
  const written = records.length > 0 ? await writeDocumentsPage(records, deps) : null;
  // Unreadable documents are seen (never marked deleted) but not counted: the count shortcut of the deletion check
  // must not let them stand in for documents that are gone.
  const unreadableIds = reportUnreadable(ctx.issues, 'metakockaSalesDocument', unreadable);
  let seenCount = cursor.seenCount;
  if (first.mode === 'full') {
    ctx.seen.add(seenScope(docType), [...(written?.ids.keys() ?? []), ...unreadableIds]);
    seenCount += written?.ids.size ?? 0;
  }
  const failed = (written?.counts.failed ?? 0) + unreadable.length;
  const outcome = {
    counts: { ...written?.counts, failed, readThenFiltered: dropped, recordsDone: read.length + unreadable.length },
    plan: ctx.dryRun ? written?.plan : undefined,
  };
  if (verdict.kind !== 'complete')
    return { ...outcome, cursor: { ...cursor, scan: verdict.scan, seenCount }, done: false };
  if (!ctx.dryRun)
    await ctx.rt.kv.set(checkpointKey(docType), {
      ...checkpointAfter(verdict.scan, checkpoint, ctx.state.startedAt),
      savedByRun: ctx.state.runId,
      before: checkpoint,
    } satisfies StoredCheckpoint);
  if (first.mode === 'full') {
    const next: DeletionCursor = { phase: 'deletions', typeIndex: cursor.typeIndex, seenCount, after: null };
    return { ...outcome, cursor: next, done: false };
  }
  return { ...outcome, cursor: finished ? { phase: 'done' } : nextType(cursor), done: finished };
}

/** Reads search pages until the type's scan ends, the list moves under the offsets (restart), or the step is full. */
async function readPages(
  mk: DocumentsMk,
  docType: MkSalesDocType,
  first: TypeScan,
): Promise<{ records: MkDocumentWire[]; unreadable: UnreadableItem[]; verdict: PageVerdict }> {
  const records: MkDocumentWire[] = [];
  const unreadable: UnreadableItem[] = [];
  let scan = first;
  for (let read = 1; ; read += 1) {
    const page = await mk.searchDocuments(pageRequest(scan, SEARCH_PAGE_MAX));
    const docs = page.records.map((d) => (d.doc_type ? d : { ...d, doc_type: docType })); // some types come without doc_type (API.md §2.5)
    const mkIds = [...docs.map((d) => d.mk_id), ...page.unreadable.flatMap((u) => (u.mkId ? [u.mkId] : []))];
    const verdict = afterPage(scan, { mkIds, total: page.total, nextOffset: page.nextOffset });
    if (verdict.kind === 'restart') return { records, unreadable, verdict };
    records.push(...docs);
    unreadable.push(...page.unreadable);
    if (verdict.kind !== 'continue' || read >= SEARCH_PAGES_PER_STEP) return { records, unreadable, verdict };
    scan = verdict.scan;
  }
}
