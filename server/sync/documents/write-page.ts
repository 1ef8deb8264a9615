// Writes a page of Metakocka documents into Twenty: map, check totals, link, skip unchanged (content hash), upsert
// documents, then their lines; lines Metakocka no longer has are removed. Used by the pull and by the push's
// read-back, so a pushed document lands in Twenty exactly as a pulled one would.
import type { MkDocument } from 'server/metakocka/schemas/document.schema';

import { hashValue, uuidFromKey } from '../hashing';
import type { IssueBook } from '../issues';
import { TotalsMismatchError } from './errors';
import { resolveLinks, type LinkDeps, type LinkIndex } from './links';
import { documentToDrafts, type MappedDocument } from './mapper';
import type { DocumentRepos, SalesDocumentLineWrite, SalesDocumentRecord, SalesDocumentWrite } from './records';

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
  const syncHash = hashValue({ document: mapped.document, relations, lines: lines.map(({ id: _id, ...rest }) => rest) });
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

async function writeLines(repos: DocumentRepos, changed: PlannedDocument[]): Promise<void> {
  const lines = changed.flatMap((p) => p.lines);
  const updatedDocIds = changed.filter((p) => p.existing).map((p) => p.write.id);
  if (lines.length > 0) await repos.lines.upsertMany(lines);
  if (updatedDocIds.length === 0) return;
  // Lines removed in Metakocka go from Twenty too: the document is the system of record for its lines.
  const keep = new Set(lines.map((l) => l.id));
  const stale = (await repos.lines.findBy('salesDocumentId', updatedDocIds)).filter((l) => !keep.has(l.id));
  if (stale.length > 0) await repos.lines.softDeleteByIds(stale.map((l) => l.id));
}

export async function writeDocumentsPage(docs: MkDocument[], deps: WriteDeps): Promise<PageWriteResult> {
  const counts: PageCounts = { created: 0, updated: 0, unchanged: 0, failed: 0 };
  const mapped = mapAll(docs, deps.issues, counts);
  const [links, existing] = await Promise.all([
    resolveLinks(deps, mapped),
    mapped.length ? deps.repos.documents.findBy('metakockaId', mapped.map((m) => m.document.metakockaId), { withDeleted: true }) : Promise.resolve([]),
  ]);
  const byMkId = new Map(existing.map((r) => [r.metakockaId!, r]));
  const planned = mapped.map((m) => plan(m, links, byMkId.get(m.document.metakockaId)));
  const changed = planned.filter((p) => p.existing?.syncHash !== p.write.syncHash || p.existing?.deletedAt);
  const nowIso = deps.now().toISOString();
  if (!deps.dryRun && changed.length > 0) {
    await deps.repos.documents.upsertMany(changed.map((p) => ({ ...p.write, lastSyncedAt: nowIso })));
    await writeLines(deps.repos, changed);
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
