/** get_document and search (family B; API.md §2.5, §4, §6 items 5, 19, 22). */
import { MkFail, documentNotFound } from '../store/mk-fail';
import { statusRegister } from '../store/registers';
import type { SandboxStore } from '../store/store';
import { computeTotals } from '../store/totals';
import type { SalesDocument } from '../store/types';
import { parseFilterDate, parseTimestamp } from '../values/dates';
import { filled, flag, items, text, type Body } from '../values/body';
import { documentWire, type DocumentOptions } from '../wire/document-wire';
import { pageBounds } from './products';
import { salesDocType } from './document-input';
import type { MethodHandler } from './types';

function documentOptions(body: Body, omitDocType: boolean): DocumentOptions {
  return {
    paymentDetail: flag(body, 'show_payment_detail') === true,
    taxFactor: flag(body, 'show_tax_factor') === true,
    productDetail: flag(body, 'show_product_detail') === true,
    omitDocType,
  };
}

export const getDocument: MethodHandler = ({ store, body }) => {
  const docType = salesDocType(body);
  const id = filled(body, 'doc_id'); // doc_id, not mk_id: mk_id alone reads as "id = null" (API.md §6 item 5)
  let doc: SalesDocument | undefined;
  if (id !== undefined) {
    doc = store.documents.get(id);
  } else {
    const buyerOrder = filled(body, 'buyer_order');
    if (buyerOrder === undefined || docType !== 'sales_order') throw documentNotFound(docType, undefined);
    // buyer_order lookup exists for sales orders only (API.md §2.5).
    doc = store.documents.byType('sales_order').find((d) => d.head.buyer_order === buyerOrder);
    if (!doc) throw new MkFail('6', `Cannot find sales order with buyer order '${buyerOrder}'`);
  }
  if (!doc || doc.docType !== docType) throw documentNotFound(docType, id);
  return { json: documentWire(store, doc, documentOptions(body, false)) };
};

/** search pages hold at most 100 documents (API.md §4). */
export const SEARCH_PAGE_MAX = 100;

type Filter = (d: SalesDocument) => boolean;

function advanceFilter(store: SandboxStore, docType: string, type: string, value: string): Filter {
  const lower = value.toLocaleLowerCase('sl');
  switch (type) {
    case 'doc_date_from':
    case 'doc_date_to': {
      // sales_offer searches refuse date filters (API.md §2.5 live, §6 item 19).
      if (docType === 'sales_offer') throw new MkFail('2', 'cannot get beQueryParam');
      const ymd = parseFilterDate(value);
      if (!ymd) throw new MkFail('6', `date is not valid : ${value}`);
      return type === 'doc_date_from' ? (d) => d.docDate >= ymd : (d) => d.docDate <= ymd;
    }
    case 'last_change_from':
    case 'last_change_to': {
      // Documented for sales orders (API.md §4); for other types it is UNCONFIRMED, so the sandbox refuses it.
      if (docType !== 'sales_order') throw new MkFail('2', 'cannot get beQueryParam');
      const ms = parseTimestamp(value);
      if (ms === null) throw new MkFail('6', 'datetime is not valid');
      // Timestamps carry whole seconds on the wire, so compare at that precision (bounds inclusive).
      const sec = (t: number) => Math.floor(t / 1000);
      return type === 'last_change_from' ? (d) => sec(d.lastChangeTs) >= sec(ms) : (d) => sec(d.lastChangeTs) <= sec(ms);
    }
    case 'partner_mk_id': return (d) => d.partner.partnerMkId === value;
    case 'partner_code': return (d) => store.partners.get(d.partner.partnerMkId)?.countCode === value;
    case 'partner_tax_num': return (d) => store.partners.get(d.partner.partnerMkId)?.taxIdNumber === value;
    case 'partner_query': return (d) => (store.partners.get(d.partner.partnerMkId)?.customer ?? '').toLocaleLowerCase('sl').includes(lower);
    case 'customer_order': return (d) => d.head.buyer_order === value;
    case 'profit_center': return (d) => d.profitCenter === value;
    case 'payment_status': {
      const paid = value === 'true';
      return (d) => { const t = computeTotals(d); return paid === (d.lines.length > 0 && t.sumPaid >= t.sumAll); };
    }
    case 'status_list': {
      const names = value.split(',').map((s) => s.trim());
      const keys = statusRegister(docType).filter((s) => names.includes(s.name) || names.includes(s.key)).map((s) => s.key);
      return (d) => d.statusKey !== undefined && keys.includes(d.statusKey);
    }
    case 'product_code': return (d) => d.lines.some((l) => store.products.get(l.productMkId)?.code === value);
    default:
      throw new MkFail('2', `Paramether 'query_advance' has invalid type : ${type}`);
  }
}

function textQuery(store: SandboxStore, query: string): Filter {
  const q = query.toLocaleLowerCase('sl');
  return (d) => [d.countCode, d.head.buyer_order, d.head.title, store.partners.get(d.partner.partnerMkId)?.customer]
    .some((v) => v !== undefined && v.toLocaleLowerCase('sl').includes(q));
}

/** Runs inside the company's search lane (the core serialises it, API.md §4). */
export const search: MethodHandler = ({ store, body }) => {
  const docType = salesDocType(body);
  const { limit, offset } = pageBounds(body, SEARCH_PAGE_MAX);
  const filters: Filter[] = items(body, 'query_advance').map((q) => advanceFilter(store, docType, text(q, 'type') ?? '', text(q, 'value') ?? ''));
  const query = filled(body, 'query');
  if (query !== undefined) filters.push(textQuery(store, query));
  let hits = store.documents.byType(docType).filter((d) => filters.every((f) => f(d)));
  // Results are sorted by mk_id, ascending unless asked otherwise (API.md §2.5).
  if (text(body, 'order_direction') === 'desc') hits = [...hits].reverse();
  const page = hits.slice(offset, offset + limit);
  const asDocs = text(body, 'result_type') === 'doc';
  const opts = documentOptions(body, docType.startsWith('sales_bill_'));
  const json: Record<string, unknown> = {
    result_all_records: String(hits.length), // the total is known for searches (API.md §4)
    result_count: String(page.length),
    offset: String(offset),
    limit: String(limit),
  };
  if (page.length > 0) {
    json.result = page.map((d) => (asDocs ? documentWire(store, d, opts, false) : { mk_id: d.mkId, opr_code: '0', count_code: d.countCode }));
  }
  return { json };
};
