// Writes a page of Metakocka documents into Twenty: map, check totals, link, skip unchanged (content hash), leave
// documents edited in Twenty to the conflict policy (twenty-edits.ts), upsert documents, then their lines; lines
// Metakocka no longer has are removed. Used by the pull and by the push's read-back, so a pushed document lands in
// Twenty exactly as a pulled one would.
import type { ConflictPolicy } from 'server/settings/schema';

import { ljubljanaDate } from 'server/reports/calendar';

import { uuidFromKey } from '../../hashing';
import type { IssueBook } from '../../issues';
import { chartFields } from '../model/chart-fields';
import { contentHash, documentContent, type DocumentContent } from '../model/content';
import { TotalsMismatchError } from '../model/errors';
import { resolveLinks, type LinkDeps, type LinkIndex } from './links';
import { documentToDrafts, type MappedDocument } from '../model/mapper';
import { isTwentyBuyerOrder } from '../push/put-body';
import type {
  DocumentRepos,
  SalesDocumentLineRecord,
  SalesDocumentLineWrite,
  SalesDocumentRecord,
  SalesDocumentWrite,
} from 'server/crm/sales-documents';
import { SALES_DOCUMENT_OBJECT, WRITING_HASH, judgeTwentyEdit } from './twenty-edits';
import type { MkDocumentWire } from '../../mk-port';
import type { TimelineBook } from '../../timeline/book';
import { changedFields } from '../../timeline/changed-fields';

const OBJECT = SALES_DOCUMENT_OBJECT;

export interface WriteDeps extends LinkDeps {
  repos: DocumentRepos;
  issues: IssueBook;
  now: () => Date;
  dryRun: boolean;
  /**
   * What a document edited in Twenty since the sync wrote it becomes when Metakocka's version changed too (the
   * settings' conflicts.documents). A read-back of what Twenty just sent writes Metakocka's version: "metakocka-wins".
   */
  conflictPolicy: ConflictPolicy;
  /** Where a pull tells a changed document's timeline what changed (D81); a push's read-back has its own event. */
  timeline?: Pick<TimelineBook, 'record'>;
  /** Pushes the documents whose Twenty version "twenty-wins" kept (keep-twenty.ts); absent: they are only left as they are. */
  pushKept?: (kept: Array<{ id: string; metakockaId: string }>) => Promise<void>;
}

export interface PageCounts {
  created: number;
  updated: number;
  unchanged: number;
  /** Edited in Twenty and left as they are: a conflict to resolve, or Twenty's version kept (pushKept). */
  skipped: number;
  failed: number;
}

export interface PageWriteResult {
  counts: PageCounts;
  /** Twenty id per document mk_id, for every document of the page that mapped. */
  ids: Map<string, string>;
  plan: Array<Record<string, unknown>>;
}

interface PlannedDocument {
  mapped: MappedDocument;
  source: MkDocumentWire;
  content: DocumentContent;
  write: SalesDocumentWrite & { id: string };
  lines: Array<SalesDocumentLineWrite & { id: string }>;
  existing: SalesDocumentRecord | undefined;
}

export const documentIdFor = (mkId: string) => uuidFromKey(`${OBJECT}:${mkId}`);
const lineIdFor = (rowKey: string) => uuidFromKey(`metakockaSalesDocumentLine:${rowKey}`);

function mapAll(
  docs: MkDocumentWire[],
  issues: IssueBook,
  counts: PageCounts,
): Array<{ mapped: MappedDocument; source: MkDocumentWire }> {
  const out: Array<{ mapped: MappedDocument; source: MkDocumentWire }> = [];
  for (const doc of docs) {
    try {
      out.push({ mapped: documentToDrafts(doc), source: doc });
    } catch (error) {
      issues.fail({ recordObject: OBJECT, metakockaId: doc.mk_id, error });
      counts.failed += 1;
    }
  }
  return out;
}

/**
 * syncHash prefix of a document written while something it points at (customer, a line's product, its source) was not
 * in Twenty yet, e.g. documents pulled before the partners stream finished: relink.ts reads such documents again.
 */
export const UNLINKED_HASH_PREFIX = 'unlinked:';

function plan(
  { mapped, source: doc }: { mapped: MappedDocument; source: MkDocumentWire },
  links: LinkIndex,
  existing: SalesDocumentRecord | undefined,
): PlannedDocument {
  const id = existing?.id ?? documentIdFor(mapped.document.metakockaId);
  const customer = links.customer(mapped);
  const source = links.source(mapped);
  const lines = mapped.lines.map((l) => ({
    ...l.draft,
    id: lineIdFor(l.draft.metakockaRowKey),
    salesDocumentId: id,
    productId: links.productId(l.productMkId),
  }));
  const relations = {
    companyId: customer?.companyId ?? null,
    personId: customer?.personId ?? null,
    // A source not synced yet keeps what Twenty had (a later pull links it); an absent one clears it.
    sourceDocumentId:
      source.kind === 'linked' ? source.sourceId : source.kind === 'none' ? null : (existing?.sourceDocumentId ?? null),
  };
  const unlinked =
    (mapped.partner && !customer) ||
    source.kind === 'not-yet-synced' ||
    mapped.lines.some((l, i) => l.productMkId && !lines[i]!.productId);
  const content = documentContent(mapped.document, relations, lines);
  const syncHash = `${unlinked ? UNLINKED_HASH_PREFIX : ''}${contentHash(content)}`;
  return { mapped, source: doc, content, existing, lines, write: { ...mapped.document, ...relations, id, syncHash } };
}

function reportFindings(p: PlannedDocument, issues: IssueBook): boolean {
  const { findings, document } = p.mapped;
  const [first, ...more] = findings.map((f) => f.params);
  if (!first) return false;
  issues.fail({
    recordObject: OBJECT,
    metakockaId: document.metakockaId,
    recordId: p.write.id,
    error: new TotalsMismatchError([first, ...more]),
  });
  return true;
}

/**
 * Gives each of Metakocka's lines the Twenty record it replaces, so a document never has two sets of lines at once:
 * the line bound to its row key (a soft-deleted one is restored), else, in order, a live line Metakocka no longer has —
 * a line the user entered (no row key yet) or one of a replaced version (put_document with mk_id renumbers rows,
 * API.md §6 item 6). Returns the live lines nothing replaced. Before this, the new lines were added and the old ones
 * removed in a second call; a push failing between the two resent both and doubled the document in Metakocka (found
 * by the crash and fault tests).
 */
function assignLineRecords(
  changed: PlannedDocument[],
  existingLines: SalesDocumentLineRecord[],
): SalesDocumentLineRecord[] {
  const leftover: SalesDocumentLineRecord[] = [];
  for (const p of changed) {
    const own = existingLines.filter((l) => l.salesDocumentId === p.write.id);
    const byKey = new Map(own.filter((l) => l.metakockaRowKey).map((l) => [l.metakockaRowKey!, l]));
    const wanted = new Set(p.lines.map((l) => l.metakockaRowKey!));
    const free = own
      .filter((l) => !l.deletedAt && !(l.metakockaRowKey && wanted.has(l.metakockaRowKey)))
      .sort((a, b) => (a.lineNumber ?? 0) - (b.lineNumber ?? 0));
    for (const line of p.lines) {
      const id = byKey.get(line.metakockaRowKey!)?.id ?? free.shift()?.id;
      if (id) line.id = id;
    }
    leftover.push(...free);
  }
  return leftover;
}

/** The lines, soft-deleted ones included, of the documents of the page that Twenty already has. */
async function linesOf(repos: DocumentRepos, planned: PlannedDocument[]): Promise<SalesDocumentLineRecord[]> {
  const docIds = planned.filter((p) => p.existing).map((p) => p.write.id);
  return docIds.length > 0 ? repos.lines.findBy('salesDocumentId', docIds, { withDeleted: true }) : [];
}

async function writeLines(
  repos: DocumentRepos,
  changed: PlannedDocument[],
  existingLines: SalesDocumentLineRecord[],
): Promise<void> {
  // Lines removed in Metakocka go from Twenty too (the document is the system of record for its lines); removed
  // first, so a failure before the upsert leaves fewer lines, never extra ones a later push would send.
  const stale = assignLineRecords(changed, existingLines);
  if (stale.length > 0) await repos.lines.softDeleteByIds(stale.map((l) => l.id));
  const lines = changed.flatMap((p) => p.lines);
  if (lines.length > 0) await repos.lines.upsertMany(lines);
}

/** Fewer live lines in Twenty than Metakocka has (extra ones a user drafted are not this pull's to remove). */
const linesMissing = (p: PlannedDocument) => p.existing?.lines != null && p.existing.lines.totalCount < p.lines.length;

/**
 * Documents made in Twenty whose push put them in Metakocka but died before binding them (crash, lost Twenty answer):
 * found by the buyer order the push gave them, so the pull binds that record instead of making a second one (the
 * crash test found the copy, and the user's repeated push then failed on the unique metakockaId).
 */
async function unboundTwentyDocuments(
  repos: DocumentRepos,
  unknown: MappedDocument[],
): Promise<Map<string, SalesDocumentRecord>> {
  const buyerOrders = unknown.map((m) => m.document.buyerOrder).filter(isTwentyBuyerOrder);
  if (buyerOrders.length === 0) return new Map();
  const records = await repos.documents.findBy('buyerOrder', buyerOrders);
  return new Map(records.filter((r) => !r.metakockaId).map((r) => [r.buyerOrder, r]));
}

/** A document synced before gets an event naming its changed head fields, and `lines` when a line changed (D81). */
function tellTimeline(deps: WriteDeps, p: PlannedDocument, before: SalesDocumentLineRecord[]) {
  if (!deps.timeline || deps.dryRun || !p.existing?.lastSyncedAt) return;
  const head = Object.keys(p.write).filter((key) => key !== 'id' && key !== 'syncHash') as Array<
    keyof SalesDocumentWrite
  >;
  const fields: string[] = changedFields(head, p.write, p.existing as Partial<SalesDocumentWrite>);
  const live = before.filter((line) => !line.deletedAt);
  const byId = new Map(live.map((line) => [line.id, line]));
  const lineChanged = (line: PlannedDocument['lines'][number]) => {
    const was = byId.get(line.id);
    const keys = Object.keys(line).filter((key) => key !== 'id') as Array<keyof typeof line>;
    return !was || changedFields(keys, line, was as Partial<typeof line>).length > 0;
  };
  if (live.length !== p.lines.length || p.lines.some(lineChanged)) fields.push('lines');
  if (fields.length > 0) deps.timeline.record({ object: OBJECT, recordId: p.write.id, kind: 'pulled', fields });
}

export async function writeDocumentsPage(docs: MkDocumentWire[], deps: WriteDeps): Promise<PageWriteResult> {
  const counts: PageCounts = { created: 0, updated: 0, unchanged: 0, skipped: 0, failed: 0 };
  const read = mapAll(docs, deps.issues, counts);
  const mapped = read.map((r) => r.mapped);
  const [links, existing] = await Promise.all([
    resolveLinks(deps, mapped),
    mapped.length
      ? deps.repos.documents.findBy(
          'metakockaId',
          mapped.map((m) => m.document.metakockaId),
          { withDeleted: true },
        )
      : Promise.resolve([]),
  ]);
  const byMkId = new Map(existing.map((r) => [r.metakockaId!, r]));
  const madeHere = await unboundTwentyDocuments(
    deps.repos,
    mapped.filter((m) => !byMkId.has(m.document.metakockaId)),
  );
  const planned = read.map((r) =>
    plan(r, links, byMkId.get(r.mapped.document.metakockaId) ?? madeHere.get(r.mapped.document.buyerOrder)),
  );
  const candidates = planned.filter(
    (p) => p.existing?.syncHash !== p.write.syncHash || p.existing?.deletedAt || linesMissing(p),
  );
  const existingLines = await linesOf(deps.repos, candidates);
  const linesByDoc = new Map<string | null, SalesDocumentLineRecord[]>();
  for (const line of existingLines) {
    const own = linesByDoc.get(line.salesDocumentId) ?? [];
    own.push(line);
    linesByDoc.set(line.salesDocumentId, own);
  }
  const judge = (p: PlannedDocument, record: SalesDocumentRecord) =>
    judgeTwentyEdit(
      { record, syncHash: p.write.syncHash!, metakocka: p.content, source: p.source },
      linesByDoc.get(record.id) ?? [],
      deps.conflictPolicy,
      deps.issues,
      deps.now(),
    );
  const verdicts = new Map(candidates.map((p) => [p, p.existing ? judge(p, p.existing) : 'write-metakocka']));
  const changed = candidates.filter((p) => verdicts.get(p) === 'write-metakocka');
  const nowIso = deps.now().toISOString();
  if (!deps.dryRun && changed.length > 0) {
    // A failure or crash between a document and its lines must not leave a document whose hash says "done" without
    // them (found by the fault test, test/server/sync/faults). A known document is marked as being written (WRITING_HASH),
    // then gets its lines, then its head and hash; the mark also keeps its new lines under its old head and hash from
    // looking like a person's edit to the next pull (twenty-edits.ts; write-page.test.ts). A new one must come first (its
    // lines point at it); if its lines do not all arrive, the next pull counts fewer than Metakocka has and writes them
    // (linesMissing).
    // The chart fields ride along (outside the content hash): a chart needs them the moment the document lands.
    const today = ljubljanaDate(deps.now());
    const write = (ps: PlannedDocument[]) =>
      deps.repos.documents.upsertMany(
        ps.map((p) => ({ ...p.write, ...chartFields(p.mapped.document, today), lastSyncedAt: nowIso })),
      );
    const known = changed.filter((p) => p.existing);
    await write(changed.filter((p) => !p.existing));
    if (known.length > 0)
      await deps.repos.documents.upsertMany(known.map((p) => ({ id: p.write.id, syncHash: WRITING_HASH })));
    await writeLines(deps.repos, changed, existingLines);
    await write(known);
  }
  for (const p of changed) tellTimeline(deps, p, linesByDoc.get(p.write.id) ?? []);
  const kept = candidates
    .filter((p) => verdicts.get(p) === 'keep-twenty')
    .map((p) => ({ id: p.write.id, metakockaId: p.mapped.document.metakockaId }));
  if (!deps.dryRun && kept.length > 0) await deps.pushKept?.(kept);
  const clean: string[] = [];
  for (const p of planned) {
    const left = verdicts.has(p) && verdicts.get(p) !== 'write-metakocka';
    const hasFindings = reportFindings(p, deps.issues);
    if (!hasFindings && !left) clean.push(p.mapped.document.metakockaId);
    if (left) counts.skipped += 1;
    else if (!changed.includes(p)) counts.unchanged += 1;
    else counts[p.existing ? 'updated' : 'created'] += 1;
  }
  deps.issues.succeeded(clean);
  return {
    counts,
    ids: new Map(planned.map((p) => [p.mapped.document.metakockaId, p.write.id])),
    plan: changed.slice(0, 20).map((p) => ({
      action: p.existing ? 'update' : 'create',
      object: OBJECT,
      metakockaId: p.mapped.document.metakockaId,
      name: p.mapped.document.name,
    })),
  };
}
