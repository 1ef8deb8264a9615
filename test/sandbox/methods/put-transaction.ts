/**
 * put_transaction (family B, also answered on A: OFF prints it both ways, API.md §1.1 note): adds one payment to an
 * existing document, found by mk_id, count_code or (orders) buyer_order (OFF/docs/put_transaction.md; API.md §2.5).
 * The payment shows in sum_paid and, with show_payment_detail, in mark_paid[]; a "return" pays back.
 */
import { MkFail, documentNotFound } from '../store/mk-fail';
import type { SandboxStore } from '../store/store';
import type { SalesDocument } from '../store/types';
import { parseDecimal } from '../values/decimal';
import { filled, maxLength, text, type Body } from '../values/body';
import { checkPaymentType, documentDate } from './document-input';
import type { MethodHandler } from './types';

/** The doc_type values put_transaction.md lists; "bill" means any sales invoice. */
const TRANSACTION_TYPES = [
  'bill',
  'sales_offer',
  'sales_order',
  'sales_bill_domestic',
  'sales_bill_foreign',
  'sales_bill_retail',
  'purchase_bill_domestic',
  'purchase_bill_foreign',
];
const PAYMENT_MODES = ['payment', 'prepayment', 'return'];

function valid(key: string, value: string | undefined, allowed: string[]): string {
  if (value === undefined || !allowed.includes(value)) {
    throw new MkFail(
      '2',
      `Paramether '${key}' has invalid value : ${value ?? ''}. Valid values : ${allowed.join(',')}`,
    );
  }
  return value;
}

function paidDocument(store: SandboxStore, body: Body, docType: string): SalesDocument {
  const fits = (d: SalesDocument) => (docType === 'bill' ? d.docType.startsWith('sales_bill_') : d.docType === docType);
  const mkId = filled(body, 'mk_id');
  const countCode = filled(body, 'count_code');
  const buyerOrder = filled(body, 'buyer_order');
  const doc =
    mkId !== undefined
      ? store.documents.get(mkId)
      : countCode !== undefined
        ? store.documents.list().find((d) => fits(d) && d.countCode === countCode)
        : buyerOrder !== undefined && docType === 'sales_order'
          ? store.documents.byType('sales_order').find((d) => d.head.buyer_order === buyerOrder)
          : undefined;
  if (!doc || !fits(doc)) throw documentNotFound(docType, mkId ?? countCode ?? buyerOrder);
  return doc;
}

export const putTransaction: MethodHandler = ({ store, body }) => {
  const docType = valid('doc_type', filled(body, 'doc_type'), TRANSACTION_TYPES);
  const mode = valid('payment_mode', filled(body, 'payment_mode'), PAYMENT_MODES);
  const paymentType = checkPaymentType(store, filled(body, 'payment_type') ?? '');
  const date = documentDate(body, 'date');
  if (date === undefined) throw new MkFail('2', 'Value is require for date');
  const price = parseDecimal(text(body, 'price'));
  if (price === null) throw new MkFail('2', 'Paramether price must be valid number');
  maxLength(text(body, 'notes'), 'notes', 100);
  const doc = paidDocument(store, body, docType);
  doc.payments.push({ paymentType, date, amount: mode === 'return' ? -price : price, notes: filled(body, 'notes') });
  doc.lastChangeTs = store.now();
  return { json: {} }; // opr_code and opr_time_ms only (put_transaction.md)
};
