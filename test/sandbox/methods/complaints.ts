/**
 * Complaints: create_complaint and update_complaint (family C), and get_document / search with doc_type "complaint"
 * (family B). Shapes after OFF/docs/create_complaint.md, update_complaint.md, get_complaint.md; a search without a hit
 * is opr_code 6 "No complaints found" (MCP live, API.md §6 item 18). Only what a CRM would read is kept: type, status,
 * the order, the products and their amounts; bank data, reasons and attachments are accepted and not kept.
 */
import { MkFail } from '../store/mk-fail';
import type { SandboxStore } from '../store/store';
import type { Complaint, SalesDocument } from '../store/types';
import { parseDecimal } from '../values/decimal';
import { parseTimestamp, wireTimestamp } from '../values/dates';
import { filled, items, text, type Body } from '../values/body';
import { collapse, compact } from '../values/wire';
import { embeddedPartnerWire } from '../wire/partner-wire';
import { formatPlain } from '../values/decimal';
import type { MethodHandler } from './types';

const CLAIM_TYPES = ['reclamation', 'return', 'replacement'];
/** Predefined statuses (create_complaint.md); a company may add its own, such as the docs' "completed_refunded". */
const CLAIM_STATUSES = ['draft', 'progress', 'completed', 'completed_refunded'];

function claimType(body: Body): string {
  const t = filled(body, 'claim_type');
  if (t === undefined || !CLAIM_TYPES.includes(t)) {
    throw new MkFail(
      '2',
      `Paramether 'claim_type' has invalid value : ${t ?? ''}. Valid values : ${CLAIM_TYPES.join(',')}`,
    );
  }
  return t;
}

function claimStatus(value: string | undefined, fallback: string): string {
  if (value === undefined) return fallback;
  if (!CLAIM_STATUSES.includes(value))
    throw new MkFail(
      '2',
      `Paramether 'claim_status' has invalid value : ${value}. Valid values : ${CLAIM_STATUSES.join(',')}`,
    );
  return value;
}

/** The order by customer order number, tracking code or number (create_complaint.md "sales_order_*"). */
function complainedOrder(store: SandboxStore, body: Body): SalesDocument {
  const byBuyerOrder = filled(body, 'sales_order_customer_order');
  const byTracking = filled(body, 'sales_order_tracking_code');
  const byNumber = filled(body, 'sales_order_count_code');
  const orders = store.documents.byType('sales_order');
  const order =
    byBuyerOrder !== undefined
      ? orders.find((d) => d.head.buyer_order === byBuyerOrder)
      : byTracking !== undefined
        ? orders.find((d) => d.head.tracking_code === byTracking)
        : byNumber !== undefined
          ? orders.find((d) => d.countCode === byNumber)
          : undefined;
  if (!order) throw new MkFail('6', `Cannot find sales order '${byBuyerOrder ?? byTracking ?? byNumber ?? ''}'`);
  return order;
}

export const createComplaint: MethodHandler = ({ store, body }) => {
  const email = filled(body, 'api_user_email');
  if (!email || !store.settings.apiUserEmails.includes(email))
    throw new MkFail('6', `Cannot find email '${email ?? ''}' for paramether api_user_email`);
  const type = claimType(body);
  const status = claimStatus(filled(body, 'claim_status'), 'draft');
  const order = complainedOrder(store, body);
  const rawTime = filled(body, 'datetime');
  const at = rawTime === undefined ? store.now() : parseTimestamp(rawTime);
  if (at === null) throw new MkFail('6', 'datetime is not valid'); // the docs' error example
  const lines = items(body, 'complaint_products');
  if (lines.length === 0) throw new MkFail('6', 'complaint_products is required');
  const products = lines.map((l) => {
    const code = filled(l, 'code') ?? filled(l, 'count_code') ?? filled(l, 'mk_id') ?? '';
    const product = store.products.byCode(code) ?? store.products.byCountCode(code) ?? store.products.get(code);
    if (!product) throw new MkFail('6', `Cannot find product with code = ${code}`);
    const amount = parseDecimal(text(l, 'amount'));
    if (amount === null) throw new MkFail('2', 'Paramether amount must be valid number');
    return { productMkId: product.mkId, amount };
  });
  const mkId = store.nextDocumentId();
  store.complaints.push({
    mkId,
    countCode: String(store.complaints.length + 1),
    claimType: type,
    status,
    orderMkId: order.mkId,
    products,
    description: filled(body, 'claim_description'),
    returnTrackingCode: filled(body, 'return_tracking_code'),
    createdTs: at,
    lastChangeTs: store.now(),
  });
  return { json: {} }; // opr_code and opr_time_ms only (create_complaint.md)
};

export const updateComplaint: MethodHandler = ({ store, body }) => {
  const id = filled(body, 'claim_id');
  if (id === undefined) throw new MkFail('6', 'claim_id is required'); // the docs' error example
  const complaint = store.complaints.find((c) => c.mkId === id);
  if (!complaint) throw new MkFail('2', `Cannot find document type complaint with id = ${id}`);
  const type = claimType(body);
  const status = claimStatus(filled(body, 'claim_status') ?? '', complaint.status);
  Object.assign(
    complaint,
    compact({
      claimType: type,
      status,
      note: filled(body, 'claim_note') ?? complaint.note,
      returnTrackingCode: filled(body, 'return_tracking_code') ?? complaint.returnTrackingCode,
      lastChangeTs: store.now(),
    }),
  );
  return { json: {} };
};

export function complaintWire(store: SandboxStore, c: Complaint): Record<string, unknown> {
  const order = store.documents.get(c.orderMkId);
  return compact({
    mk_id: c.mkId,
    doc_type: 'complaint',
    opr_code: '0',
    count_code: c.countCode,
    partner: order ? embeddedPartnerWire(store, order.partner) : undefined,
    currency_code: order?.currencyCode,
    status_code: c.status,
    buyer_order: order?.head.buyer_order,
    created_ts: wireTimestamp(c.createdTs),
    doc_link_list: order ? [{ mk_id: order.mkId, count_code: order.countCode, doc_type: 'sales_order' }] : undefined,
    // One product comes as an object, as in the docs' example (get_complaint.md; API.md §6 item 4).
    complaint_products: collapse(
      c.products.map((p) => {
        const product = store.products.get(p.productMkId);
        return compact({
          count_code: product?.countCode,
          mk_id: p.productMkId,
          code: product?.code,
          name: product?.name,
          amount: formatPlain(p.amount),
        });
      }),
    ),
    last_change_ts: wireTimestamp(c.lastChangeTs),
    claim_note: c.note,
    claim_description: c.description,
    claim_type: c.claimType,
    return_tracking_code: c.returnTrackingCode,
  });
}

/** get_document for a complaint: by doc_id or doc_count_code (get_complaint.md). */
export function getComplaint(store: SandboxStore, body: Body): Record<string, unknown> {
  const id = filled(body, 'doc_id');
  const countCode = filled(body, 'doc_count_code');
  const found = store.complaints.find((c) => (id !== undefined ? c.mkId === id : c.countCode === countCode));
  if (!found) throw new MkFail('2', `Cannot find document type complaint with id = ${id ?? countCode ?? 'null'}`);
  return complaintWire(store, found);
}
