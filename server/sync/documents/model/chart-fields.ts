// The fields the native charts read (issue 19 step 2): a chart can only SUM, COUNT or count TRUE over a field, cannot
// subtract or filter reliably (UI-SURFACES.md §1.3), so the sync keeps each figure a chart needs as its own field.
// Pure: the day ("today" in Ljubljana) is passed in, because time alone makes an invoice overdue.
import type { PaymentState } from 'plugin/constants/select-options';
import type { CurrencyValue } from 'server/crm/composites';
import type { DocumentChartFields } from 'server/crm/sales-documents';
import { monthOf } from 'server/reports/calendar';

import { DOCUMENT_TYPES, rulesForSelectValue } from './document-types';
import { currencyToMinor, minorToCurrency } from './money';

export interface ChartSource {
  documentType: string | null;
  statusKey: string | null;
  documentDate: string | null;
  dueDate: string | null;
  currency: string | null;
  netTotal: CurrencyValue | null;
  grossTotal: CurrencyValue | null;
  paidTotal: CurrencyValue | null;
  isDeletedInMetakocka: boolean | null;
}

export const CHART_FIELD_NAMES: Array<keyof DocumentChartFields> = [
  'revenueAmount',
  'openAmount',
  'overdueAmount',
  'isOverdue',
  'paymentState',
  'isOrder',
  'isOpenOffer',
  'openOfferAmount',
  'documentMonth',
];

/** Offer statuses that end an offer (the sandbox and live answers use accepted and rejected, API.md §3.3). */
const CLOSED_OFFER_STATUSES = new Set(['accepted', 'rejected', 'canceled', 'cancelled', 'closed', 'realized']);

const NONE: DocumentChartFields = {
  revenueAmount: null,
  openAmount: null,
  overdueAmount: null,
  isOverdue: false,
  paymentState: null,
  isOrder: false,
  isOpenOffer: false,
  openOfferAmount: null,
  documentMonth: null,
};

function paymentStateOf(gross: bigint, paid: bigint): PaymentState {
  if (paid >= gross) return 'PAID';
  return paid > 0n ? 'PARTLY_PAID' : 'UNPAID';
}

/** The chart fields of a document on a given Ljubljana day (YYYY-MM-DD). */
export function chartFields(doc: ChartSource, today: string): DocumentChartFields {
  const rules = doc.documentType ? rulesForSelectValue(doc.documentType) : undefined;
  if (!rules || doc.isDeletedInMetakocka) return NONE;
  const currency = doc.currency || doc.netTotal?.currencyCode || 'EUR';
  const net = currencyToMinor(doc.netTotal) ?? 0n;
  const gross = currencyToMinor(doc.grossTotal) ?? 0n;
  const paid = currencyToMinor(doc.paidTotal) ?? 0n;
  const money = (minor: bigint) => minorToCurrency(minor, currency);
  const out: DocumentChartFields = {
    ...NONE,
    documentMonth: doc.documentDate ? monthOf(doc.documentDate) : null,
  };
  const type = rules.docType;
  if (type === 'sales_order') return { ...out, isOrder: true };
  if (type === 'sales_offer') {
    const open = !CLOSED_OFFER_STATUSES.has((doc.statusKey ?? '').toLowerCase());
    return { ...out, isOpenOffer: open, openOfferAmount: open ? money(net) : null };
  }
  // A credit note lowers revenue whatever sign Metakocka gives its sums (unconfirmed live); it is no receivable.
  if (type === 'sales_bill_credit_note') return { ...out, revenueAmount: money(net < 0n ? net : -net) };
  // A prepayment invoice is settled by the final invoice, which carries the revenue; counting both would double it.
  const revenue = type === DOCUMENT_TYPES.sales_bill_prepaid.docType ? null : money(net);
  const open = gross > paid ? gross - paid : 0n;
  const overdue = open > 0n && doc.dueDate !== null && doc.dueDate < today;
  return {
    ...out,
    revenueAmount: revenue,
    openAmount: money(open),
    overdueAmount: overdue ? money(open) : null,
    isOverdue: overdue,
    paymentState: paymentStateOf(gross, paid),
  };
}
