// Which sales documents the document filters keep (filters.documents: types, and a first document day, fixed or
// rolling). Types left out are not read at all. The date bound goes into order and invoice searches (doc_date_from);
// offer searches refuse it (API.md §4, §6 item 19), so offers are read and then dropped, counted as readThenFiltered.
// After the scan, the run's scope phase marks Twenty documents the filters leave out (outOfSyncScope) and clears
// the mark on those they take back; nothing is deleted (D63).
import { ljubljanaDateOf, type MkDocumentWire } from '../../mk-port';
import type { CrmGateway } from 'server/crm/gateway';
import { createRecordRepo } from 'server/crm/records';
import type { SyncSettings } from 'server/settings/schema';
import { samplePlan, type PlanEntry, type StepContext, type StepOutcome } from '../../stream';
import { DOCUMENT_TYPES, type MkSalesDocType } from '../model/document-types';
import type { TypeScan } from './scan-plan';

type DocumentFilters = SyncSettings['filters']['documents'];

const DAY_MS = 86_400_000;

/** The first document day the filters keep ('YYYY-MM-DD', Europe/Ljubljana), or null for no bound. */
export function documentDateFloor(filters: DocumentFilters, now: Date): string | null {
  if (filters.fromDate) return filters.fromDate;
  if (filters.lastDays === null) return null;
  return ljubljanaDateOf(new Date(now.getTime() - (filters.lastDays - 1) * DAY_MS)).date;
}

export const typeInScope = (filters: DocumentFilters, docType: MkSalesDocType) =>
  filters.types.includes(DOCUMENT_TYPES[docType].selectValue);

/** The scan with the date bound in its search, for the types whose search takes one (not offers). */
export function withDateFloor(scan: TypeScan, floor: string | null): TypeScan {
  if (floor === null || DOCUMENT_TYPES[scan.docType].pull === 'mk-id-walk') return scan;
  const from = scan.docDateFrom && scan.docDateFrom > floor ? scan.docDateFrom : floor;
  return { ...scan, docDateFrom: from };
}

/** Documents the date bound keeps, and how many it dropped after reading (a document without a date is kept). */
export function keepFromFloor(records: MkDocumentWire[], floor: string | null) {
  if (floor === null) return { kept: records, dropped: 0 };
  const kept = records.filter((d) => !d.doc_date?.date || d.doc_date.date >= floor);
  return { kept, dropped: records.length - kept.length };
}

/** The Twenty documents the filters keep, as a filter (stored documentType and documentDate). */
export function inScopeFilter(filters: DocumentFilters, now: Date): Record<string, unknown> {
  const types = filters.types;
  const floor = documentDateFloor(filters, now);
  const byDate = floor ? [{ or: [{ documentDate: { gte: floor } }, { documentDate: { is: 'NULL' } }] }] : [];
  return { and: [{ documentType: { in: types } }, ...byDate] };
}

export type ScopeCursor = { phase: 'scope'; step: 'leave' | 'enter'; after: string | null };
export const SCOPE_START: ScopeCursor = { phase: 'scope', step: 'leave', after: null };

interface ScopedDocument {
  id: string;
  metakockaId: string | null;
  name: string | null;
  outOfSyncScope: boolean | null;
}

const scopeRepo = (gateway: CrmGateway) =>
  createRecordRepo<ScopedDocument, { id: string; outOfSyncScope: boolean }>(gateway, {
    nameSingular: 'metakockaSalesDocument',
    namePlural: 'metakockaSalesDocuments',
    selection: 'id metakockaId name outOfSyncScope',
  });

const PAGE_SIZE = 200;

/** One page of the scope phase: mark the documents the filters leave out, then clear the mark the filters take back. */
export async function markDocumentScope(ctx: StepContext, cursor: ScopeCursor, next: StepOutcome['cursor']) {
  const repo = scopeRepo(ctx.rt.crm.gateway);
  const inScope = inScopeFilter(ctx.settings.filters.documents, ctx.rt.now());
  const leaving = cursor.step === 'leave';
  const filter = {
    and: [
      { metakockaId: { is: 'NOT_NULL' } },
      // Twenty filters a BOOLEAN with eq and is only; a row from before the field existed may read NULL.
      leaving
        ? { or: [{ outOfSyncScope: { eq: false } }, { outOfSyncScope: { is: 'NULL' } }] }
        : { outOfSyncScope: { eq: true } },
      leaving ? { not: inScope } : inScope,
    ],
  };
  const page = await repo.page(cursor.after, PAGE_SIZE, filter);
  if (!ctx.dryRun && page.records.length > 0)
    await repo.upsertMany(page.records.map((r) => ({ id: r.id, outOfSyncScope: leaving })));
  const entries: PlanEntry[] = page.records.map((r) => ({
    action: leaving ? 'leave-scope' : 'enter-scope',
    object: 'metakockaSalesDocument',
    id: r.id,
    metakockaId: r.metakockaId,
    name: r.name,
  }));
  const counts = leaving ? { leftScope: entries.length } : { enteredScope: entries.length };
  const plan = ctx.dryRun ? samplePlan(entries) : undefined;
  const following: StepOutcome['cursor'] =
    page.hasNextPage && page.endCursor
      ? { ...cursor, after: page.endCursor }
      : leaving
        ? { phase: 'scope', step: 'enter', after: null }
        : next;
  return { cursor: following, done: false, counts, plan } satisfies StepOutcome;
}
