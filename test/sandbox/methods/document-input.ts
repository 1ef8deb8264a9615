/** Reading a put_document body into a validated draft; nothing is written until every check has passed (API.md §2.5). */
import { MkFail, documentNotFound } from '../store/mk-fail';
import {
  CURRENCIES,
  DEFAULT_PROFIT_CENTER,
  FISCAL_PAYMENT_TYPES,
  PAYMENT_TYPES,
  PROFIT_CENTERS,
  statusRegister,
} from '../store/registers';
import type { SandboxStore } from '../store/store';
import type { Payment, SalesDocType, SalesDocument } from '../store/types';
import { computeTotals } from '../store/totals';
import { parseDecimal, type Dec } from '../values/decimal';
import { parseDocumentDate, type Ymd } from '../values/dates';
import { filled, items, maxLength, object, text, type Body } from '../values/body';
import { draftParty } from './document-party';
import { draftLine } from './document-lines';

export const SALES_DOC_TYPES: SalesDocType[] = [
  'sales_offer',
  'sales_order',
  'sales_bill_domestic',
  'sales_bill_foreign',
  'sales_bill_retail',
  'sales_bill_prepaid',
  'sales_bill_credit_note',
];
export const WAREHOUSE_DOC_TYPES: SalesDocType[] = [
  'warehouse_delivery_note',
  'warehouse_packing_list',
  'warehouse_receiving_note',
  'warehouse_acceptance_note',
];
/** Every type put_document, get_document and search work with (API.md §2.8). */
export const KEPT_DOC_TYPES: SalesDocType[] = [
  ...SALES_DOC_TYPES,
  'purchase_order',
  'purchase_bill_domestic',
  'purchase_bill_foreign',
  'purchase_bill_prepaid',
  'purchase_bill_credit_note',
  ...WAREHOUSE_DOC_TYPES,
];
/**
 * Documented types the sandbox company holds none of and put_document does not write (they have their own endpoints or
 * are out of scope, docs/sandbox.md): reading one answers "Cannot find document", searching finds nothing.
 */
export const UNKEPT_DOC_TYPES = [
  'warehouse_inventory',
  'transfer_order',
  'warehouse_transfer_order',
  'workorder',
  'complaint',
  'abandoned_cart',
];

const unknownType = (t: string): MkFail => new MkFail('2', `Unknown document type : ${t}`);

/** The document type of a call that writes; a type the sandbox keeps none of is unknown to put_document (UNCONFIRMED). */
export function salesDocType(body: Body): SalesDocType {
  const t = filled(body, 'doc_type');
  if (t === undefined) throw new MkFail('2', "Paramether 'doc_type' must be set.");
  if ((KEPT_DOC_TYPES as string[]).includes(t)) return t as SalesDocType;
  throw unknownType(t);
}

/** The document type of a read: a documented type the sandbox holds none of is valid and simply has no documents. */
export function readDocType(body: Body): { kept: SalesDocType } | { unkept: string } {
  const t = filled(body, 'doc_type');
  if (t !== undefined && UNKEPT_DOC_TYPES.includes(t)) return { unkept: t };
  return { kept: salesDocType(body) };
}

/** Head fields kept as sent. Anything else (customer_order included) is dropped silently (API.md §6 item 12). */
const HEAD_FIELDS = [
  'title',
  'notes',
  'notes_header',
  'buyer_order',
  'method_of_payment',
  'delivery_type',
  'pariteta',
  'doc_created_email',
  'commercialist_email',
  'sales_pricelist_code',
  'purchase_pricelist_code',
  'valid_days',
  'inquiry_num',
  'priority',
  'location_of_service',
  'duo_payment_days',
  'salesOrderTrackingType',
  'link_to_web_store',
  'webshop_eshop_sync_id',
  'parcel_shop_id',
  'credit_note_type',
  'credit_note_bill',
  'tracking_code',
];
/** Head dates, validated like doc_date (API.md §1.5). */
const DATE_FIELDS = [
  'duo_payment',
  'delivery_deadline',
  'finish_date',
  'valid_to',
  'service_from_date',
  'service_to_date',
  'shipped_date_expected_seller',
  'shipped_date',
];

export function documentDate(body: Body, key: string): Ymd | undefined {
  const raw = text(body, key);
  if (raw === undefined || raw === '') return undefined;
  const ymd = parseDocumentDate(raw);
  // Only dd.mm.yyyy or yyyy-mm-dd+02:00 pass (API.md §1.5 live; "Not valid date for doc_date", opr_code 6).
  if (!ymd) throw new MkFail('6', `Not valid date for ${key}`);
  return ymd;
}

export function statusKeyOf(docType: string, value: string): string | undefined {
  if (value === '') return undefined;
  const register = statusRegister(docType);
  const hit = register.find((s) => s.name === value || s.key === value);
  // A status not in the register is refused, listing the valid values (API.md §2.5, §5.2).
  if (!hit)
    throw new MkFail(
      '2',
      `Paramether 'status_code' has invalid value : ${value}. Valid values : ${register.map((s) => s.name).join(',')}`,
    );
  return hit.key;
}

export function decimalOrFail(body: Body, key: string): Dec | undefined {
  const raw = text(body, key);
  if (raw === undefined || raw === '') return undefined;
  const v = parseDecimal(raw);
  if (v === null) throw new MkFail('6', `Not valid number for ${key}`);
  return v;
}

/** payment_type must come from the company's register; cash and card need fiscal cash registers (API.md §6 item 8). */
export function checkPaymentType(store: SandboxStore, type: string): string {
  if (!PAYMENT_TYPES.includes(type))
    throw new MkFail(
      '2',
      `Paramether 'payment_type' has invalid value : ${type}. Valid values : ${PAYMENT_TYPES.join(',')}`,
    );
  if (FISCAL_PAYMENT_TYPES.includes(type) && !store.settings.fiscalCashRegisters) {
    // Live wording (RH docs/metakocka-verification.md "Item 7", commit 10f51197).
    throw new MkFail(
      '6',
      `Plačilni inštrument ${type}, je potrebno davčno potrditi, vendar nimate vklopljenih davčnih blagajn.`,
    );
  }
  return type;
}

/** A payment as sent; amount null means "the whole document" (filled in once the lines are known). */
type SentPayment = Omit<Payment, 'amount'> & { amount: Dec | null };

function readPayments(store: SandboxStore, body: Body): SentPayment[] | undefined {
  if (!(body.mark_paid !== undefined)) return undefined;
  return items(body, 'mark_paid').map((p) => {
    const type = checkPaymentType(store, filled(p, 'payment_type') ?? 'Transakcijski račun');
    const raw = text(p, 'amount') ?? text(p, 'price');
    // Without an amount the payment is the document's total (OFF/docs/put_transaction.md warning, and the
    // "minimal request + add payment" example of documents_put_document_sales_order.md, which sends none).
    const amount = raw === undefined ? null : parseDecimal(raw);
    if (raw !== undefined && amount === null)
      throw new MkFail('2', 'Paramether amount must be valid number (mark_paid).');
    return {
      paymentType: type,
      date: documentDate(p, 'date') ?? documentDate(body, 'doc_date')!,
      amount,
      notes: filled(p, 'notes'),
    };
  });
}

/**
 * mark_paid semantics (API.md §6 item 7, live): the array replaces all payments; an empty array or no key leaves them;
 * a single entry of amount 0 clears them; negative amounts are accepted.
 */
export function mergePayments(previous: Payment[], sent: Payment[] | undefined): Payment[] {
  if (sent === undefined || sent.length === 0) return previous;
  if (sent.length === 1 && sent[0]!.amount === 0n) return [];
  return sent;
}

function linkedIds(store: SandboxStore, body: Body, key: string, type: SalesDocType): string[] {
  return items(body, key).map((ref) => {
    const id = filled(ref, 'mk_id');
    const code = filled(ref, 'count_code');
    const doc = id ? store.documents.get(id) : store.documents.byType(type).find((d) => d.countCode === code);
    if (!doc || doc.docType !== type) throw documentNotFound(type, id ?? code);
    return doc.mkId;
  });
}

/**
 * A credit note names its invoice by count_code; when several invoices share it the last one is used
 * (OFF/docs/documents_put_document.md, "Credit note - financial"). Returns that invoice, if the note needs one.
 */
function creditedInvoice(
  store: SandboxStore,
  docType: SalesDocType,
  head: Record<string, string>,
): SalesDocument | undefined {
  if (docType !== 'sales_bill_credit_note') return undefined;
  const kind = head.credit_note_type ?? 'financial';
  if (!['financial', 'goods', 'standalone'].includes(kind)) {
    throw new MkFail(
      '2',
      `Paramether 'credit_note_type' has invalid value : ${kind}. Valid values : financial,goods,standalone`,
    );
  }
  if (kind === 'standalone') return undefined;
  const bill = head.credit_note_bill;
  const invoice = store.documents
    .list()
    .filter((d) => d.docType.startsWith('sales_bill_') && d.docType !== docType && d.countCode === bill)
    .at(-1);
  if (!invoice) throw new MkFail('2', `Cannot find invoice with count_code ${bill ?? 'null'} for credit_note_bill.`);
  return invoice;
}

/**
 * The number of a new document. On replacement count_code is ignored (API.md §3.4). A count_code already used on a
 * document of the type does not fail and is not the existing document: a new document is created with Metakocka's own
 * numbering (RH docs/metakocka-verification.md "Finding C", live; API.md §2.5, §6 item 9).
 */
function newDocumentNumber(store: SandboxStore, docType: SalesDocType, sent: string | undefined, docDate: Ymd): string {
  if (sent === undefined) return store.nextDocumentNumber(docType);
  if (sent.startsWith('COUNT_CODE_SELECT#'))
    return store.nextDocumentNumber(docType, sent.slice('COUNT_CODE_SELECT#'.length));
  const taken = store.documents.byType(docType).some((d) => d.countCode === sent);
  return taken ? store.nextDefaultNumber(docType, docDate.slice(0, 4)) : sent;
}

/** Validates a put_document body; commit() creates the partners/products it needs and returns the document. */
export function draftDocument(
  store: SandboxStore,
  body: Body,
  docType: SalesDocType,
  previous?: SalesDocument,
): { commit(): SalesDocument } {
  const partnerBody = object(body, 'partner');
  const head: Record<string, string> = {};
  for (const k of HEAD_FIELDS) {
    const v = filled(body, k);
    if (v !== undefined) head[k] = v;
  }
  const invoice = creditedInvoice(store, docType, head);
  // A body without partner or doc_date is refused, also on replacement (API.md §2.5, RH live); a credit note of an
  // invoice takes the invoice's partner (the docs' financial and goods credit notes send none).
  if (!partnerBody && !invoice) throw new MkFail('2', 'Partner data are missing');
  if (text(body, 'doc_date') === undefined) throw new MkFail('2', 'Value is require for doc_date');
  const docDate = documentDate(body, 'doc_date')!;
  maxLength(text(body, 'document_change_log_notes'), 'document_change_log_notes', 50);
  const dates: Record<string, Ymd> = {};
  for (const k of DATE_FIELDS) {
    const v = documentDate(body, k);
    if (v !== undefined) dates[k] = v;
  }
  const currency = filled(body, 'currency_code') ?? 'EUR';
  if (!CURRENCIES.includes(currency))
    throw new MkFail(
      '2',
      `Paramether 'currency_code' has invalid value : ${currency}. Valid values : ${CURRENCIES.join(',')}`,
    );
  const profitCenter = filled(body, 'profit_center') ?? DEFAULT_PROFIT_CENTER;
  // profit_center is validated; an unknown warehouse mark silently falls back to the default (API.md §6 item 11).
  if (!PROFIT_CENTERS[profitCenter]) throw new MkFail('6', `Profit center '${profitCenter}' doesn't exist.`);
  const mark = filled(body, 'warehouse');
  const warehouseMark = (mark && store.warehouses.byMark(mark)?.mark) || store.warehouses.main().mark;
  const status = filled(body, 'status_code');
  const statusKey = status === undefined ? undefined : statusKeyOf(docType, status);
  const pricelistCode = head.sales_pricelist_code ?? '1';
  const lines = items(body, 'product_list').map((l) => draftLine(store, l, pricelistCode));
  const payments = readPayments(store, body);
  const discountPercent = decimalOrFail(body, 'discount_percent');
  const discountValue = decimalOrFail(body, 'discount_value');
  const offerList = linkedIds(store, body, 'offer_list', 'sales_offer');
  const salesOrderList = linkedIds(store, body, 'sales_order_list', 'sales_order');
  const extraColumns = items(body, 'extra_column').map((c) => ({
    name: text(c, 'name') ?? '',
    value: text(c, 'value') ?? '',
  }));
  const partner = partnerBody ? draftParty(store, partnerBody, 'partner') : { commit: () => invoice!.partner };
  const receiverBody = object(body, 'receiver');
  const receiver = receiverBody
    ? draftParty(store, receiverBody, 'receiver')
    : invoice?.receiver && !partnerBody
      ? { commit: () => invoice.receiver! }
      : undefined;
  return {
    commit: () => {
      const countCode = previous?.countCode ?? newDocumentNumber(store, docType, filled(body, 'count_code'), docDate);
      const now = store.now();
      const doc: SalesDocument = {
        mkId: previous?.mkId ?? store.nextDocumentId(),
        docType,
        countCode,
        docDate,
        partner: partner.commit(),
        receiver: receiver?.commit(),
        currencyCode: currency,
        warehouseMark,
        profitCenter,
        statusKey,
        head,
        dates,
        lines: lines.map((l) => l.commit()),
        payments: [],
        discountPercent,
        discountValue,
        offerList,
        salesOrderList,
        extraColumns,
        bankRefNumber: countCode.replace(/\D/g, '') || '0',
        createdTs: previous?.createdTs ?? now,
        lastChangeTs: now,
        reserved: previous?.reserved ?? [],
      };
      const total = computeTotals(doc).sumAll;
      doc.payments = mergePayments(
        previous?.payments ?? [],
        payments?.map((p) => ({ ...p, amount: p.amount ?? total })),
      );
      return doc;
    },
  };
}
