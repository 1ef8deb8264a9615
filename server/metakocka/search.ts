// search (family B): one document type per call, at most 100 per page, the total in result_all_records
// (API.md §2.5 "search", §4). Searches of one company run one at a time (lanes.ts).
import type { MetakockaCaller } from './client';
import { parseAnswer, parseEach, type ParsedItems, type UnreadableItem } from './parse';
import { mkDocumentSchema, type MkDocumentWire } from './schemas/document.schema';
import { mkSearchDocumentsSchema, mkSearchHitsSchema, type MkSearchHitWire } from './schemas/search.schema';
import { formatSearchDate, formatSearchTimestamp, type MkDate } from './values';
import type { WireObject } from './wire';

export const SEARCH_PAGE_MAX = 100;

export interface SearchRequest {
  docType: string;
  query?: string;
  /** Extra query_advance filters as Metakocka names them (partner_mk_id, customer_order, status_list, ...). */
  filters?: Array<{ type: string; value: string }>;
  /** Changed-since window, sales orders and complaints (API.md §4). */
  lastChangeFrom?: Date | string;
  lastChangeTo?: Date | string;
  /** Refused by sales_offer searches (API.md §6, item 19). */
  docDateFrom?: MkDate | string;
  docDateTo?: MkDate | string;
  offset?: number;
  limit?: number;
  orderDirection?: 'asc' | 'desc';
  /** get_document options such as show_payment_detail, show_product_detail (wire names). */
  options?: WireObject;
}
/** `total` is result_all_records; if Metakocka leaves it out, the records seen so far. */
/** `unreadable`: documents of the page that do not have the documented shape, left out of `records`. */
export interface SearchPage<T> {
  records: T[];
  unreadable: UnreadableItem[];
  total: number;
  offset: number;
  nextOffset: number | null;
}

export interface SearchApi {
  /** Ids only: { mk_id, count_code } per hit. */
  search(request: SearchRequest): Promise<SearchPage<MkSearchHitWire>>;
  /** Full documents (result_type "doc"). */
  searchDocuments(request: SearchRequest): Promise<SearchPage<MkDocumentWire>>;
  searchDocumentsAll(request: Omit<SearchRequest, 'offset'>): AsyncGenerator<SearchPage<MkDocumentWire>>;
}

function searchBody(request: SearchRequest, resultType: 'doc' | undefined): WireObject {
  const limit = request.limit ?? SEARCH_PAGE_MAX;
  if (limit < 1 || limit > SEARCH_PAGE_MAX)
    throw new RangeError(`search pages hold 1 to ${SEARCH_PAGE_MAX} documents, not ${limit}.`);
  const advance = [
    ...(request.filters ?? []),
    request.lastChangeFrom !== undefined && {
      type: 'last_change_from',
      value: formatSearchTimestamp(request.lastChangeFrom),
    },
    request.lastChangeTo !== undefined && {
      type: 'last_change_to',
      value: formatSearchTimestamp(request.lastChangeTo),
    },
    request.docDateFrom !== undefined && { type: 'doc_date_from', value: formatSearchDate(request.docDateFrom) },
    request.docDateTo !== undefined && { type: 'doc_date_to', value: formatSearchDate(request.docDateTo) },
  ].filter((item): item is { type: string; value: string } => Boolean(item));
  return {
    ...request.options,
    doc_type: request.docType,
    query: request.query,
    query_advance: advance.length ? advance : undefined,
    result_type: resultType,
    limit: String(limit),
    offset: String(request.offset ?? 0),
    order_direction: request.orderDirection,
  };
}

/** Paging counts every record of the page, readable or not (`unreadable`). */
function toPage<T>(page: ParsedItems<T>, reportedTotal: number | undefined, request: SearchRequest): SearchPage<T> {
  const { items: records, unreadable } = page;
  const read = records.length + unreadable.length;
  const offset = request.offset ?? 0;
  const next = offset + read;
  if (reportedTotal === undefined) {
    // No result_all_records: fall back to "a short page is the last" rather than stop early and skip records.
    const full = read === (request.limit ?? SEARCH_PAGE_MAX);
    return { records, unreadable, total: next, offset, nextOffset: full ? next : null };
  }
  // An empty page before the total is reached would loop forever; stop instead.
  return {
    records,
    unreadable,
    total: reportedTotal,
    offset,
    nextOffset: read > 0 && next < reportedTotal ? next : null,
  };
}

export function searchApi(caller: MetakockaCaller): SearchApi {
  const searchDocuments = async (request: SearchRequest) => {
    const json = await caller.call('search', searchBody(request, 'doc'));
    const answer = parseAnswer(mkSearchDocumentsSchema, 'search', json);
    return toPage(parseEach(mkDocumentSchema, 'search', 'document', answer.result), answer.result_all_records, request);
  };
  return {
    async search(request) {
      const answer = parseAnswer(
        mkSearchHitsSchema,
        'search',
        await caller.call('search', searchBody(request, undefined)),
      );
      return toPage({ items: answer.result, unreadable: [] }, answer.result_all_records, request);
    },
    searchDocuments,
    async *searchDocumentsAll(request) {
      for (let offset: number | null = 0; offset !== null;) {
        const page: SearchPage<MkDocumentWire> = await searchDocuments({ ...request, offset });
        yield page;
        offset = page.nextOffset;
      }
    },
  };
}
