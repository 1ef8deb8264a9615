/** put_document (family B; API.md §2.5, §6 items 5-7, 9-16). */
import { MkFail, documentNotFound } from '../store/mk-fail';
import type { SandboxStore } from '../store/store';
import { computeTotals } from '../store/totals';
import type { SalesDocument } from '../store/types';
import { formatFixed } from '../values/decimal';
import { filled, flag } from '../values/body';
import { draftDocument, salesDocType } from './document-input';
import type { MethodHandler } from './types';

export const putDocument: MethodHandler = ({ store, body }) => {
  const docType = salesDocType(body);
  const mkId = filled(body, 'mk_id');
  const previous = mkId === undefined ? undefined : store.documents.get(mkId);
  if (mkId !== undefined && (!previous || previous.docType !== docType)) throw documentNotFound(docType, mkId);
  const doc = draftDocument(store, body, docType, previous).commit();
  if (previous) {
    // With mk_id the document is REPLACED: omitted fields and lines are gone, lines get new row ids (API.md §6 item 6).
    store.releaseReservations(previous);
    Object.assign(previous, doc);
    store.applyReservations(previous);
  } else {
    store.documents.insert(doc);
    store.applyReservations(doc);
  }
  const target = previous ?? doc;
  const json: Record<string, unknown> = { opr_time_no_lock_ms: '0', mk_id: target.mkId, count_code: target.countCode };
  if (docType === 'sales_order' && flag(body, 'create_invoice') === true) {
    // create_invoice also creates the invoice. The answer then carries document_type_short, partner{mk_id},
    // attachment_list[0].bill_mk_id and total_price (OFF/docs/documents_put_document_sales_order.md, "Create invoice
    // after order is stored"; API.md §2.5).
    const bill = invoiceFromOrder(store, target);
    Object.assign(json, {
      document_type_short: DOCUMENT_TYPE_SHORT,
      partner: { mk_id: target.partner.partnerMkId },
      attachment_list: [{ bill_mk_id: bill.mkId }],
      total_price: formatFixed(computeTotals(target).sumAll, 2),
    });
  }
  return { json };
};

/** The short type the create_invoice answer names for a sales order (the docs' only example, "PR_SO"). */
const DOCUMENT_TYPE_SHORT = 'PR_SO';

/** Whether a sales order already has an invoice made from it. */
export const hasInvoice = (store: SandboxStore, order: SalesDocument): boolean =>
  store.documents.list().some((d) => d.docType.startsWith('sales_bill_') && d.salesOrderList.includes(order.mkId));

export function invoiceFromOrder(store: SandboxStore, order: SalesDocument): SalesDocument {
  if (order.lines.length === 0) throw new MkFail('6', 'Cannot create an invoice from a sales order without products.');
  const foreign = store.partners.get(order.partner.partnerMkId)?.foreign ?? false;
  const docType = foreign ? 'sales_bill_foreign' : 'sales_bill_domestic';
  const now = store.now();
  const countCode = store.nextDocumentNumber(docType);
  return store.documents.insert({
    ...order,
    mkId: store.nextDocumentId(),
    docType,
    countCode,
    statusKey: undefined,
    head: { ...order.head },
    dates: { ...order.dates },
    lines: order.lines.map((l) => ({ ...l, rowId: store.nextRowId() })),
    payments: [],
    offerList: [],
    salesOrderList: [order.mkId],
    extraColumns: [],
    bankRefNumber: countCode.replace(/\D/g, ''),
    createdTs: now,
    lastChangeTs: now,
    publishTs: undefined, // API-created invoices are not issued (API.md §6 item 26)
    reserved: [],
  });
}
