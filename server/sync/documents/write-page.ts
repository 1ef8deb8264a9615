// Writes a page of Metakocka documents into Twenty: map, check totals, link, skip unchanged (content hash), upsert
// documents, then their lines; lines Metakocka no longer has are removed. Used by the pull and by the push's
// read-back, so a pushed document lands in Twenty exactly as a pulled one would.
import type { MkDocument } from 'server/metakocka/schemas/document.schema';

import { hashValue, uuidFromKey } from '../hashing';
import type { IssueBook } from '../issues';
import { TotalsMismatchError } from './errors';
import { resolveLinks, type LinkDeps, type LinkIndex } from './links';
import { documentToDrafts, type MappedDocument } from './mapper';
import { isTwentyBuyerOrder } from './put-body';
import type { DocumentRepos, SalesDocumentLineRecord, SalesDocumentLineWrite, SalesDocumentRecord, SalesDocumentWrite } from './records';

const OBJECT = 'metakockaSalesDocument';

export interface WriteDeps extends LinkDeps {
  repos: DocumentRepos;
  issues: IssueBook;
  now: () => Date;
  dryRun: boolean;
}

export interface PageCounts {
  created: number;
  updated: number;
  unchanged: number;
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
  write: SalesDocumentWrite & { id: string };
  lines: Array<SalesDocumentLineWrite & { id: string }>;
  existing: SalesDocumentRecord | undefined;
}

export const documentIdFor = (mkId: string) => uuidFromKey(`${OBJECT}:${mkId}`);
const lineIdFor = (rowKey: string) => uuidFromKey(`metakockaSalesDocumentLine:${rowKey}`);

function mapAll(docs: MkDocument[], issues: IssueBook, counts: PageCounts): MappedDocument[] {
  const out: MappedDocument[] = [];
  for (const doc of docs) {
    try {
      out.push(documentToDrafts(doc));
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

function plan(mapped: MappedDocument, links: LinkIndex, existing: SalesDocumentRecord | undefined): PlannedDocument {
  const id = existing?.id ?? documentIdFor(mapped.document.metakockaId);
  const customer = links.customer(mapped);
  const source = links.source(mapped);
  const lines = mapped.lines.map((l) => ({ ...l.draft, id: lineIdFor(l.draft.metakockaRowKey), salesDocumentId: id, productId: links.productId(l.productMkId) }));
  const relations = {
    companyId: customer?.companyId ?? null,
    personId: customer?.personId ?? null,
    // A source not synced yet keeps what Twenty had (a later pull links it); an absent one clears it.
    sourceDocumentId: source.kind === 'linked' ? source.sourceId : source.kind === 'none' ? null : existing?.sourceDocumentId ?? null,
  };
  const unlinked = (mapped.partner && !customer) || source.kind === 'not-yet-synced' || mapped.lines.some((l, i) => l.productMkId && !lines[i]!.productId);
  const syncHash = `${unlinked ? UNLINKED_HASH_PREFIX : ''}${hashValue({ document: mapped.document, relations, lines: lines.map(({ id: _id, ...rest }) => rest) })}`;
  return { mapped, existing, lines, write: { ...mapped.document, ...relations, id, syncHash } };
}

function reportFindings(p: PlannedDocument, issues: IssueBook): boolean {
  const { findings, document } = p.mapped;
  if (findings.length === 0) return false;
  const first = findings[0]!;
  const more = findings.length > 1 ? ` (${findings.length - 1} more: ${findings.slice(1).map((f) => f.figure).join(', ')})` : '';
  issues.fail({ recordObject: OBJECT, metakockaId: document.metakockaId, recordId: p.write.id, error: new TotalsMismatchError(`${first.message}${more}`, first.action) });
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
function assignLineRecords(changed: PlannedDocument[], existingLines: SalesDocumentLineRecord[]): SalesDocumentLineRecord[] {
  const leftover: SalesDocumentLineRecord[] = [];
  for (const p of changed) {
    const own = existingLines.filter((l) => l.salesDocumentId === p.write.id);
    const byKey = new Map(own.filter((l) => l.metakockaRowKey).map((l) => [l.metakockaRowKey!, l]));
    const wanted = new Set(p.lines.map((l) => l.metakockaRowKey!));
    const free = own.filter((l) => !l.deletedAt && !(l.metakockaRowKey && wanted.has(l.metakockaRowKey))).sort((a, b) => (a.lineNumber ?? 0) - (b.lineNumber ?? 0));
    for (const line of p.lines) {
      const id = byKey.get(line.metakockaRowKey!)?.id ?? free.shift()?.id;
      if (id) line.id = id;
    }
    leftover.push(...free);
  }
  return leftover;
}

async function writeLines(repos: DocumentRepos, changed: PlannedDocument[]): Promise<void> {
  const updatedDocIds = changed.filter((p) => p.existing).map((p) => p.write.id);
  const existingLines = updatedDocIds.length > 0 ? await repos.lines.findBy('salesDocumentId', updatedDocIds, { withDeleted: true }) : [];
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
async function unboundTwentyDocuments(repos: DocumentRepos, unknown: MappedDocument[]): Promise<Map<string, SalesDocumentRecord>> {
  const buyerOrders = unknown.map((m) => m.document.buyerOrder).filter(isTwentyBuyerOrder);
  if (buyerOrders.length === 0) return new Map();
  const records = await repos.documents.findBy('buyerOrder', buyerOrders);
  return new Map(records.filter((r) => !r.metakockaId).map((r) => [r.buyerOrder, r]));
}

export async function writeDocumentsPage(docs: MkDocument[], deps: WriteDeps): Promise<PageWriteResult> {
  const counts: PageCounts = { created: 0, updated: 0, unchanged: 0, failed: 0 };
  const mapped = mapAll(docs, deps.issues, counts);
  const [links, existing] = await Promise.all([
    resolveLinks(deps, mapped),
    mapped.length ? deps.repos.documents.findBy('metakockaId', mapped.map((m) => m.document.metakockaId), { withDeleted: true }) : Promise.resolve([]),
  ]);
  const byMkId = new Map(existing.map((r) => [r.metakockaId!, r]));
  const madeHere = await unboundTwentyDocuments(deps.repos, mapped.filter((m) => !byMkId.has(m.document.metakockaId)));
  const planned = mapped.map((m) => plan(m, links, byMkId.get(m.document.metakockaId) ?? madeHere.get(m.document.buyerOrder)));
  const changed = planned.filter((p) => p.existing?.syncHash !== p.write.syncHash || p.existing?.deletedAt || linesMissing(p));
  const nowIso = deps.now().toISOString();
  if (!deps.dryRun && changed.length > 0) {
    // A failure or crash between a document and its lines must not leave a document whose hash says "done" without
    // them (found by the fault test, test/server/sync/faults). A known document gets its lines first and its hash last,
    // so it keeps the old hash until they are in. A new one must come first (its lines point at it); if its lines do not
    // all arrive, the next pull counts fewer than Metakocka has and writes them (linesMissing). No extra write either way.
    const write = (ps: PlannedDocument[]) => deps.repos.documents.upsertMany(ps.map((p) => ({ ...p.write, lastSyncedAt: nowIso })));
    await write(changed.filter((p) => !p.existing));
    await writeLines(deps.repos, changed);
    await write(changed.filter((p) => p.existing));
  }
  const clean: string[] = [];
  for (const p of planned) {
    const hasFindings = reportFindings(p, deps.issues);
    if (!hasFindings) clean.push(p.mapped.document.metakockaId);
    if (!changed.includes(p)) counts.unchanged += 1;
    else counts[p.existing ? 'updated' : 'created'] += 1;
  }
  deps.issues.succeeded(clean);
  return {
    counts,
    ids: new Map(planned.map((p) => [p.mapped.document.metakockaId, p.write.id])),
    plan: changed.slice(0, 20).map((p) => ({ action: p.existing ? 'update' : 'create', object: OBJECT, metakockaId: p.mapped.document.metakockaId, name: p.mapped.document.name })),
  };
}
