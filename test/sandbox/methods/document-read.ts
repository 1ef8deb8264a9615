/** get_document and search (family B; API.md §2.5, §4, §6 items 5, 19, 22). */
import { MkFail, documentNotFound } from '../store/mk-fail';
import { countryIso, statusRegister } from '../store/registers';
import type { SandboxStore } from '../store/store';
import { computeTotals } from '../store/totals';
import type { SalesDocument } from '../store/types';
import { parseFilterDate, parseTimestamp } from '../values/dates';
import { filled, flag, items, text, type Body } from '../values/body';
import { documentWire, type DocumentOptions } from '../wire/document-wire';
import { pageBounds } from './products';
import { complaintWire, getComplaint } from './complaints';
import { readDocType } from './document-input';
import type { MethodHandler } from './types';

const pageHead = (all: number, count: number, offset: number, limit: number) => ({
  result_all_records: String(all),
  result_count: String(count),
  offset: String(offset),
  limit: String(limit),
});

/** Types the company holds none of find nothing; complaints say so with opr_code 6 (MCP live, API.md §6 item 18). */
function searchUnkept(store: SandboxStore, docType: string, limit: number, offset: number): Record<string, unknown> {
  if (docType !== 'complaint') return pageHead(0, 0, offset, limit);
  if (store.complaints.length === 0) throw new MkFail('6', 'No complaints found');
  const page = store.complaints.slice(offset, offset + limit);
  return {
    ...pageHead(store.complaints.length, page.length, offset, limit),
    result: page.map((c) => complaintWire(store, c)),
  };
}

function documentOptions(body: Body, omitDocType: boolean): DocumentOptions {
  return {
    attachments: flag(body, 'show_attachments') === true,
    paymentDetail: flag(body, 'show_payment_detail') === true,
    taxFactor: flag(body, 'show_tax_factor') === true,
    productDetail: flag(body, 'show_product_detail') === true,
    omitDocType,
  };
}

export const getDocument: MethodHandler = ({ store, body }) => {
  const type = readDocType(body);
  const id = filled(body, 'doc_id'); // doc_id, not mk_id: mk_id alone reads as "id = null" (API.md §6 item 5)
  if ('unkept' in type) {
    if (type.unkept === 'complaint') return { json: getComplaint(store, body) };
    throw documentNotFound(type.unkept, id); // a documented type this company holds none of
  }
  const docType = type.kept;
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
      return type === 'last_change_from'
        ? (d) => sec(d.lastChangeTs) >= sec(ms)
        : (d) => sec(d.lastChangeTs) <= sec(ms);
    }
    case 'partner_mk_id':
      return (d) => d.partner.partnerMkId === value;
    case 'partner_code':
      return (d) => store.partners.get(d.partner.partnerMkId)?.countCode === value;
    case 'partner_tax_num':
      return (d) => store.partners.get(d.partner.partnerMkId)?.taxIdNumber === value;
    case 'partner_query':
      return (d) => (store.partners.get(d.partner.partnerMkId)?.customer ?? '').toLocaleLowerCase('sl').includes(lower);
    case 'customer_order':
      return (d) => d.head.buyer_order === value;
    case 'profit_center':
      return (d) => d.profitCenter === value;
    case 'payment_status': {
      const paid = value === 'true';
      return (d) => {
        const t = computeTotals(d);
        return paid === (d.lines.length > 0 && t.sumPaid >= t.sumAll);
      };
    }
    case 'status_list': {
      const names = value.split(',').map((s) => s.trim());
      const keys = statusRegister(docType)
        .filter((s) => names.includes(s.name) || names.includes(s.key))
        .map((s) => s.key);
      return (d) => d.statusKey !== undefined && keys.includes(d.statusKey);
    }
    case 'product_code':
      return (d) => d.lines.some((l) => store.products.get(l.productMkId)?.code === value);
    case 'product_code_list': {
      const codes = list(value);
      return (d) => d.lines.some((l) => codes.includes(store.products.get(l.productMkId)?.code ?? ''));
    }
    case 'product_id_list': {
      const ids = list(value);
      return (d) => d.lines.some((l) => ids.includes(l.productMkId));
    }
    case 'partner_country': {
      const iso = countryIso(value);
      return (d) => partyAddress(store, d.partner)?.countryIso2 === iso;
    }
    // The recipient is the receiver, or the partner when the document has none (OFF/docs/search_examples.md).
    case 'partner_recipient_name':
      return (d) =>
        (store.partners.get((d.receiver ?? d.partner).partnerMkId)?.customer ?? '')
          .toLocaleLowerCase('sl')
          .includes(lower);
    case 'partner_recipient_email':
      return (d) =>
        (store.partners.get((d.receiver ?? d.partner).partnerMkId)?.contacts ?? []).some(
          (c) => c.email?.toLowerCase() === lower,
        );
    case 'partner_recipient_phone': {
      const digits = value.replace(/\D/g, '');
      return (d) =>
        (store.partners.get((d.receiver ?? d.partner).partnerMkId)?.contacts ?? []).some((c) =>
          [c.phone, c.gsm].some((p) => p !== undefined && p.replace(/\D/g, '') === digits),
        );
    }
    case 'delivery_type':
      return (d) => d.head.delivery_type === value;
    // -2 means "no status"; the register's other ids are not on the wire, so they find nothing (UNCONFIRMED).
    case 'status_id_list':
      return (d) => list(value).includes('-2') && d.statusKey === undefined;
    // The sandbox keeps no separate status-change time; the last change stands in for it (UNCONFIRMED).
    case 'status_change_from':
    case 'status_change_to': {
      const ms = parseTimestamp(value);
      if (ms === null) throw new MkFail('6', 'datetime is not valid');
      return type === 'status_change_from' ? (d) => d.lastChangeTs >= ms : (d) => d.lastChangeTs <= ms;
    }
    case 'status_change_list': {
      const keys = list(value);
      return (d) => d.statusKey !== undefined && keys.includes(d.statusKey);
    }
    case 'show_only_open':
      return value === 'true' ? (d) => !['finished', 'deleted'].includes(d.statusKey ?? '') : () => true;
    case 'show_only_real_acceptance_note':
      return () => true; // every acceptance note the sandbox holds is a real one
    // Delivery events, write-offs, lots, serial numbers and expiry dates are not simulated: such filters find nothing.
    case 'tracking_last_event_date_from':
    case 'tracking_last_event_date_to':
    case 'write_off':
    case 'product_lot_number':
    case 'product_exp_date':
    case 'product_serial_number':
      return () => value === 'false';
    default:
      throw new MkFail('2', `Paramether 'query_advance' has invalid type : ${type}`);
  }
}

/** What search_query_advance_discovery lists: the filters advanceFilter understands, and for which types. */
export const QUERY_ADVANCE_TYPES: Array<{
  type: string;
  label: string;
  value_desc: string;
  for?: (docType: string) => boolean;
}> = [
  {
    type: 'doc_date_from',
    label: 'Datum od',
    value_desc: 'Date (for example : 2026-03-12+02:00)',
    for: (t) => t !== 'sales_offer',
  },
  {
    type: 'doc_date_to',
    label: 'Datum do',
    value_desc: 'Date (for example : 2026-03-12+02:00)',
    for: (t) => t !== 'sales_offer',
  },
  {
    type: 'last_change_from',
    label: 'Zadnja sprememba od',
    value_desc: 'Timestamp (for example : 2026-03-12T08:00:00+01:00)',
    for: (t) => t === 'sales_order',
  },
  {
    type: 'last_change_to',
    label: 'Zadnja sprememba do',
    value_desc: 'Timestamp (for example : 2026-03-12T18:00:00+01:00)',
    for: (t) => t === 'sales_order',
  },
  { type: 'partner_mk_id', label: 'Partner', value_desc: 'Partner mk_id (for example : 1600002312)' },
  { type: 'partner_code', label: 'Partner', value_desc: 'Partner code (for example : 100)' },
  { type: 'partner_query', label: 'Partner', value_desc: 'Subquery search over partner name (for example : Ferrari)' },
  { type: 'partner_tax_num', label: 'Partner', value_desc: 'Partner Tax number (for example : SI100200300)' },
  {
    type: 'customer_order',
    label: 'Številka naročila kupca',
    value_desc: 'Customer order number (for example : WEB-100)',
  },
  { type: 'profit_center', label: 'Profitni center', value_desc: 'Profit center (for example : Splet)' },
  { type: 'payment_status', label: 'Plačano', value_desc: "'true' or 'false'" },
  { type: 'status_list', label: 'Status', value_desc: 'Comma separated statuses (for example : shipped,draft)' },
  { type: 'product_code', label: 'Artikel', value_desc: 'Product code (for example : art1)' },
  {
    type: 'product_code_list',
    label: 'Artikli',
    value_desc: 'Comma separated product codes (for example : Code1,Code2)',
  },
  {
    type: 'product_id_list',
    label: 'Artikli',
    value_desc: 'Comma separated product mk_ids (for example : 1600601820,1600601234)',
  },
  { type: 'partner_country', label: 'Država', value_desc: 'Country (for example : Slovenia)' },
  { type: 'partner_recipient_name', label: 'Prejemnik', value_desc: 'Recipient name (for example : Jaka Novak)' },
  { type: 'partner_recipient_email', label: 'Prejemnik', value_desc: 'Recipient e-mail (for example : test@mail.com)' },
  { type: 'partner_recipient_phone', label: 'Prejemnik', value_desc: 'Recipient phone (for example : 031112321)' },
  { type: 'delivery_type', label: 'Način dostave', value_desc: 'Delivery type (for example : posta_slovenije)' },
  { type: 'status_id_list', label: 'Status', value_desc: "Comma separated status ids, '-2' for no status" },
  {
    type: 'status_change_from',
    label: 'Sprememba statusa od',
    value_desc: 'Timestamp (for example : 2023-05-05T00:00:00+02:00)',
    for: (t) => t === 'sales_order',
  },
  {
    type: 'status_change_to',
    label: 'Sprememba statusa do',
    value_desc: 'Timestamp (for example : 2023-12-21T00:00:00+02:00)',
    for: (t) => t === 'sales_order',
  },
  {
    type: 'status_change_list',
    label: 'Sprememba statusa',
    value_desc: 'Comma separated statuses (for example : canceled,lost)',
    for: (t) => t === 'sales_order',
  },
];

const list = (value: string): string[] =>
  value
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);

function partyAddress(store: SandboxStore, ref: SalesDocument['partner']) {
  return store.partners.get(ref.partnerMkId)?.addresses.find((a) => a.mkId === ref.addressMkId);
}

function textQuery(store: SandboxStore, query: string): Filter {
  const q = query.toLocaleLowerCase('sl');
  return (d) =>
    [d.countCode, d.head.buyer_order, d.head.title, store.partners.get(d.partner.partnerMkId)?.customer].some(
      (v) => v !== undefined && v.toLocaleLowerCase('sl').includes(q),
    );
}

/** Runs inside the company's search lane (the core serialises it, API.md §4). */
export const search: MethodHandler = ({ store, body }) => {
  const type = readDocType(body);
  const { limit, offset } = pageBounds(body, SEARCH_PAGE_MAX);
  if ('unkept' in type) return { json: searchUnkept(store, type.unkept, limit, offset) };
  const docType = type.kept;
  const filters: Filter[] = items(body, 'query_advance').map((q) =>
    advanceFilter(store, docType, text(q, 'type') ?? '', text(q, 'value') ?? ''),
  );
  const query = filled(body, 'query');
  if (query !== undefined) filters.push(textQuery(store, query));
  let hits = store.documents.byType(docType).filter((d) => filters.every((f) => f(d)));
  // Results are sorted by mk_id, ascending unless asked otherwise (API.md §2.5).
  if (text(body, 'order_direction') === 'desc') hits = [...hits].reverse();
  const page = hits.slice(offset, offset + limit);
  const asDocs = text(body, 'result_type') === 'doc';
  const opts = documentOptions(body, docType.startsWith('sales_bill_'));
  const json: Record<string, unknown> = pageHead(hits.length, page.length, offset, limit); // the total is known (API.md §4)
  if (page.length > 0) {
    json.result = page.map((d) =>
      asDocs ? documentWire(store, d, opts, false) : { mk_id: d.mkId, opr_code: '0', count_code: d.countCode },
    );
  }
  return { json };
};
