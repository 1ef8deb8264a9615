/** Sales document as get_document and search (result_type "doc") return it (API.md §3.3, §8.3). */
import { PROFIT_CENTERS, TAX_CODES, statusRegister } from '../store/registers';
import type { SandboxStore } from '../store/store';
import { computeTotals } from '../store/totals';
import type { DocLine, SalesDocument } from '../store/types';
import { formatFixed, formatPlain, formatSlovenian } from '../values/decimal';
import { wireDate, wireDottedDate, wireTimestamp } from '../values/dates';
import { hash32 } from '../values/prng';
import { collapse, compact } from '../values/wire';
import { embeddedPartnerWire } from './partner-wire';

export interface DocumentOptions {
  /** show_attachments: the files added with add_attachment (names only; the shape is UNCONFIRMED). */
  attachments: boolean;
  paymentDetail: boolean;
  taxFactor: boolean;
  productDetail: boolean;
  /** Some search result types come without doc_type (API.md §2.5 "Live quirks"). */
  omitDocType: boolean;
}

function lineWire(store: SandboxStore, line: DocLine, opts: DocumentOptions) {
  const product = store.products.get(line.productMkId);
  const tax = TAX_CODES[line.tax];
  return compact({
    count_code: product?.countCode,
    mk_id: line.productMkId,
    code: product?.code,
    name: line.name,
    unit: product?.unit,
    amount: formatPlain(line.amount),
    price: formatPlain(line.price),
    price_with_tax: line.priceWithTax === undefined ? undefined : formatPlain(line.priceWithTax),
    discount: line.discount === '' ? '0' : line.discount,
    tax: line.tax,
    tax_factor: opts.taxFactor && tax ? formatPlain(tax.rate) : undefined,
    tax_desc: opts.taxFactor ? tax?.desc : undefined,
    doc_desc: line.docDesc,
    type: opts.productDetail ? (product?.service ? 'service' : 'product') : undefined,
    mk_row_id: opts.productDetail ? line.rowId : undefined, // only with show_product_detail (API.md §2.5)
  });
}

/** Sums; an emptied document has none, and sum_paid is absent at zero (API.md §3.3 live, §8.3). */
function sumsWire(doc: SalesDocument): Record<string, string> {
  if (doc.lines.length === 0) return {};
  const t = computeTotals(doc);
  // Some documents show the live comma form "209,00" for sum_all (API.md §1.5); fixed per document.
  const comma = hash32(doc.mkId) % 4 === 0;
  const out: Record<string, string> = { sum_basic: formatPlain(t.sumBasic) };
  if (t.sumDiscount !== 0n) out.sum_discount = formatPlain(t.sumDiscount);
  for (const [code, tax] of t.taxes) out[`sum_tax_${code.toLowerCase()}`] = formatPlain(tax);
  out.sum_all = comma ? formatFixed(t.sumAll, 2, ',') : formatPlain(t.sumAll);
  if (t.sumPaid !== 0n) out.sum_paid = formatPlain(t.sumPaid);
  return out;
}

function linksWire(store: SandboxStore, ids: string[]) {
  const refs = ids.map((id) => {
    const d = store.documents.get(id);
    return compact({ mk_id: id, count_code: d?.countCode });
  });
  return refs.length === 0 ? undefined : collapse(refs); // offer_list collapses when single (API.md §6 item 4)
}

/** Documents that name this one as their source: invoices of an order, orders of an offer (API.md §3.3 doc_link_list). */
function derivedWire(store: SandboxStore, doc: SalesDocument) {
  const out = store.documents
    .list()
    .filter((d) => d.offerList.includes(doc.mkId) || d.salesOrderList.includes(doc.mkId))
    .map((d) => ({ mk_id: d.mkId, count_code: d.countCode, doc_type: d.docType }));
  return out.length === 0 ? undefined : out;
}

export function documentWire(
  store: SandboxStore,
  doc: SalesDocument,
  opts: DocumentOptions,
  withDerived = true,
): Record<string, unknown> {
  const status = statusRegister(doc.docType).find((s) => s.key === doc.statusKey);
  const dates = Object.fromEntries(Object.entries(doc.dates).map(([k, v]) => [k, wireDate(v)]));
  const lines = doc.lines.map((l) => lineWire(store, l, opts));
  return compact({
    mk_id: doc.mkId,
    doc_type: opts.omitDocType ? undefined : doc.docType,
    opr_code: '0',
    count_code: doc.countCode,
    doc_date: wireDate(doc.docDate),
    partner: embeddedPartnerWire(store, doc.partner),
    receiver: doc.receiver ? embeddedPartnerWire(store, doc.receiver) : undefined,
    currency_code: doc.currencyCode,
    status_code: status?.name, // absent when no status is set (API.md §3.3 live)
    status_desc: status?.key,
    warehouse: doc.docType === 'sales_order' ? doc.warehouseMark : undefined,
    // Live answers carry who created the document and, on orders, the fulfilment user (recharge-hub's recorded key list;
    // API.md §3.3). Documents made through the API are created by the company's API user; values UNCONFIRMED.
    doc_created_email: store.settings.apiUserEmails[0],
    fulfillment_user: doc.docType === 'sales_order' ? store.settings.apiUserEmails[0] : undefined,
    ...doc.head,
    ...dates,
    created_ts: wireTimestamp(doc.createdTs),
    publish_ts: doc.publishTs === undefined ? undefined : wireTimestamp(doc.publishTs),
    offer_list: linksWire(store, doc.offerList),
    sales_order_list: linksWire(store, doc.salesOrderList),
    doc_link_list: withDerived ? derivedWire(store, doc) : undefined,
    extra_column: doc.extraColumns.length > 0 ? doc.extraColumns : undefined,
    discount_percent: doc.discountPercent === undefined ? undefined : formatPlain(doc.discountPercent),
    discount_value: doc.discountValue === undefined ? undefined : formatPlain(doc.discountValue),
    // Lines stay an array even for one line: nine official examples show a one-element array (OFF/docs bill, sales_order,
    // purchase_order, whdocs, search_examples; API.md §3.3, §6 item 4).
    product_list: lines.length === 0 ? undefined : lines,
    ...sumsWire(doc),
    mark_paid:
      opts.paymentDetail && doc.payments.length > 0
        ? doc.payments.map((p) =>
            compact({
              payment_type: p.paymentType,
              date: wireDottedDate(p.date), // dd.mm.yyyy (API.md §6 item 3)
              amount: formatSlovenian(p.amount), // "1.895,01" (API.md §6 item 2)
              notes: p.notes,
            }),
          )
        : undefined,
    attachment_list:
      opts.attachments && doc.attachments?.length ? doc.attachments.map((file_name) => ({ file_name })) : undefined,
    bank_ref_number: doc.bankRefNumber,
    profit_center: doc.profitCenter,
    profit_center_desc: PROFIT_CENTERS[doc.profitCenter],
    ...doc.wireOverride,
  });
}
