// How one run scans one document type, and what it remembers afterwards (pure; API.md §4 "Incremental sync").
//  - orders: last_change_from/to, Ljubljana-exact timestamps (the client formats them), with an overlap window;
//  - invoices and credit notes: document-date windows from the last scanned day minus a lookback;
//  - offers: their search refuses date filters (API.md §2.5, §6 item 19), so they are walked in mk_id order from
//    where the last walk ended (new offers get higher ids);
//  - every type: a periodic full rescan, the only scan after which deletions are applied.

import { DOCUMENT_TYPES, type MkSalesDocType } from '../model/document-types';
import { ljubljanaDateOf, type SearchRequest } from '../../mk-port';

export interface TypeCheckpoint {
  lastFullScanAt?: string;
  /** Orders: the end of the last completed last_change window (ISO instant). */
  lastChangeTo?: string;
  /** Invoices: the last document day a completed window covered ('YYYY-MM-DD', Ljubljana). */
  lastDocDate?: string;
  /** Offers: how many offers the last completed walk saw, and the highest mk_id among them. */
  walkCount?: number;
  walkLastMkId?: string;
}

export interface ScanOptions {
  fullRescanHours: number;
  orderOverlapMinutes: number;
  invoiceLookbackDays: number;
  offerWalkOverlap: number;
}

export const DEFAULT_SCAN_OPTIONS: ScanOptions = {
  fullRescanHours: 24,
  orderOverlapMinutes: 10,
  invoiceLookbackDays: 7,
  offerWalkOverlap: 100,
};

export interface TypeScan {
  docType: MkSalesDocType;
  mode: 'full' | 'incremental';
  offset: number;
  /** The filters that stay fixed for the whole scan, so offsets stay meaningful. */
  lastChangeFrom?: string;
  lastChangeTo?: string;
  docDateFrom?: string;
  docDateTo?: string;
  /** Offers, first page of a resumed walk: a first record above this id (or none) means deletions moved the list. */
  verifyFirstId?: string;
  /** result_all_records of the first page; a change mid-scan means the list moved under the offsets. */
  total: number | null;
  restarts: number;
  /** Highest mk_id seen so far (the offer walk's next checkpoint). */
  maxMkId: string | null;
}

const HOUR_MS = 3_600_000;

function isFullDue(checkpoint: TypeCheckpoint, now: Date, opts: ScanOptions): boolean {
  if (!checkpoint.lastFullScanAt) return true;
  return now.getTime() - new Date(checkpoint.lastFullScanAt).getTime() >= opts.fullRescanHours * HOUR_MS;
}

export function startTypeScan(
  docType: MkSalesDocType,
  checkpoint: TypeCheckpoint,
  now: Date,
  opts: ScanOptions = DEFAULT_SCAN_OPTIONS,
): TypeScan {
  const base: TypeScan = { docType, mode: 'full', offset: 0, total: null, restarts: 0, maxMkId: null };
  if (isFullDue(checkpoint, now, opts)) return base;
  const strategy = DOCUMENT_TYPES[docType].pull;
  if (strategy === 'last-change') {
    const from = new Date(
      new Date(checkpoint.lastChangeTo ?? checkpoint.lastFullScanAt!).getTime() - opts.orderOverlapMinutes * 60_000,
    );
    return { ...base, mode: 'incremental', lastChangeFrom: from.toISOString(), lastChangeTo: now.toISOString() };
  }
  if (strategy === 'document-date') {
    const last = checkpoint.lastDocDate ?? ljubljanaDateOf(checkpoint.lastFullScanAt!).date;
    const from = new Date(`${last}T12:00:00Z`);
    from.setUTCDate(from.getUTCDate() - opts.invoiceLookbackDays);
    return {
      ...base,
      mode: 'incremental',
      docDateFrom: from.toISOString().slice(0, 10),
      docDateTo: ljubljanaDateOf(now).date,
    };
  }
  const walkCount = checkpoint.walkCount ?? 0;
  return {
    ...base,
    mode: 'incremental',
    offset: Math.max(0, walkCount - opts.offerWalkOverlap),
    verifyFirstId: walkCount > opts.offerWalkOverlap ? checkpoint.walkLastMkId : undefined,
    maxMkId: checkpoint.walkLastMkId ?? null,
  };
}

/** The search request for the scan's next page: full documents with payments, tax factors and row ids (API.md §2.5). */
export function pageRequest(scan: TypeScan, limit: number): SearchRequest {
  return {
    docType: scan.docType,
    offset: scan.offset,
    limit,
    orderDirection: 'asc',
    lastChangeFrom: scan.lastChangeFrom,
    lastChangeTo: scan.lastChangeTo,
    docDateFrom: scan.docDateFrom,
    docDateTo: scan.docDateTo,
    options: { show_payment_detail: 'true', show_tax_factor: 'true', show_product_detail: 'true' },
  };
}

const maxId = (a: string | null, b: string): string => (a === null || BigInt(b) > BigInt(a) ? b : a);

export type PageVerdict =
  { kind: 'continue'; scan: TypeScan } | { kind: 'complete'; scan: TypeScan } | { kind: 'restart'; scan: TypeScan };

/** After a page: continue, finish, or start the scan over because the list moved under the offsets. */
export function afterPage(
  scan: TypeScan,
  page: { mkIds: string[]; total: number; nextOffset: number | null },
  maxRestarts = 3,
): PageVerdict {
  const firstId = page.mkIds[0];
  const walkMoved =
    scan.verifyFirstId !== undefined && (firstId === undefined || BigInt(firstId) > BigInt(scan.verifyFirstId));
  const shrank = scan.total !== null && page.total < scan.total;
  if ((walkMoved || shrank) && scan.restarts < maxRestarts) {
    return {
      kind: 'restart',
      scan: { ...scan, offset: 0, total: null, restarts: scan.restarts + 1, verifyFirstId: undefined },
    };
  }
  const next: TypeScan = {
    ...scan,
    verifyFirstId: undefined,
    total: scan.total ?? page.total,
    maxMkId: page.mkIds.reduce(maxId, scan.maxMkId),
  };
  if (page.nextOffset === null) return { kind: 'complete', scan: next };
  return { kind: 'continue', scan: { ...next, offset: page.nextOffset } };
}

export function checkpointAfter(scan: TypeScan, previous: TypeCheckpoint, startedAt: string): TypeCheckpoint {
  const next: TypeCheckpoint = { ...previous };
  if (scan.mode === 'full') next.lastFullScanAt = startedAt;
  const strategy = DOCUMENT_TYPES[scan.docType].pull;
  if (strategy === 'last-change') next.lastChangeTo = scan.lastChangeTo ?? startedAt;
  if (strategy === 'document-date') next.lastDocDate = scan.docDateTo ?? ljubljanaDateOf(startedAt).date;
  if (strategy === 'mk-id-walk') {
    next.walkCount = scan.total ?? 0;
    next.walkLastMkId = scan.maxMkId ?? undefined;
  }
  return next;
}
