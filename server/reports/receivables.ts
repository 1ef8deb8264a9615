// Overdue invoices with aging (issue 19 step 3): every invoice with an open amount, by how many days past its due
// date it is today in Ljubljana: not yet due, 0–30, 31–60, 61–90 and over 90 days; amounts per currency.
import { OBJECT_NAMES } from 'plugin/constants/names';
import type { CurrencyValue } from 'server/crm/composites';

import { daysBetween } from './calendar';
import { documentFilter } from './document-filters';
import { currencyOrder, formatMinor, minorOf, MoneyTotals, type SavedTotal } from './money';
import { definePass } from './pass';
import { REVENUE_TYPES } from './sales';
import type { ReportTemplate } from './template';
import { DOCUMENT_TYPE } from 'plugin/constants/select-options';

export const AGING_BUCKETS = ['not-due', '0-30', '31-60', '61-90', 'over-90'] as const;
export type AgingBucket = (typeof AGING_BUCKETS)[number];

/** Days past due → bucket; due today or later is not due (an invoice is overdue the day after its due date). */
export function agingBucket(daysPastDue: number): AgingBucket {
  if (daysPastDue <= 0) return 'not-due';
  if (daysPastDue <= 30) return '0-30';
  if (daysPastDue <= 60) return '31-60';
  if (daysPastDue <= 90) return '61-90';
  return 'over-90';
}

const RECEIVABLE_TYPES = [
  ...REVENUE_TYPES.filter((type) => type !== DOCUMENT_TYPE.SALES_BILL_CREDIT_NOTE),
  DOCUMENT_TYPE.SALES_BILL_PREPAID,
];
const OPEN = { paymentState: { in: ['UNPAID', 'PARTLY_PAID'] } };

export const receivablesAging: ReportTemplate = {
  id: 'receivables-aging',
  title: 'Overdue invoices by age',
  parameters: [{ name: 'currency' }, { name: 'customer' }],
  columns: [
    { key: 'bucket', kind: 'text' },
    { key: 'currency', kind: 'currency' },
    { key: 'documents', kind: 'count' },
    { key: 'open', kind: 'money' },
  ],
  chart: { kind: 'bar', x: 'bucket', y: 'open', series: 'currency' },
  objects: ['metakockaSalesDocument'],
  streams: ['DOCUMENTS'],
  estimate: (ctx, params) =>
    ctx.reader.count(OBJECT_NAMES.salesDocument, documentFilter(params, RECEIVABLE_TYPES, [OPEN])),
  pass: definePass<MoneyTotals<AgingBucket>, Array<SavedTotal<AgingBucket>>>({
    object: OBJECT_NAMES.salesDocument,
    selection: 'id dueDate openAmount { amountMicros currencyCode }',
    filter: (params) => documentFilter(params, RECEIVABLE_TYPES, [OPEN]),
    start: async () => new MoneyTotals<AgingBucket>(),
    async fold(ctx, _params, totals, page) {
      const used: string[] = [];
      for (const doc of page as Array<{ id: string; dueDate: string | null; openAmount: CurrencyValue | null }>) {
        const open = minorOf(doc.openAmount);
        if (!open || !doc.openAmount?.currencyCode) continue;
        const bucket = doc.dueDate ? agingBucket(daysBetween(doc.dueDate, ctx.today)) : 'not-due';
        totals.add(bucket, doc.openAmount.currencyCode, open);
        used.push(doc.id);
      }
      return used;
    },
    async finish(_ctx, _params, totals) {
      const rows = totals
        .entries()
        .sort(
          (a, b) =>
            currencyOrder(a.currency, b.currency) || AGING_BUCKETS.indexOf(a.key) - AGING_BUCKETS.indexOf(b.key),
        )
        .map((e) => ({ bucket: e.key, currency: e.currency, documents: e.count, open: formatMinor(e.minor) }));
      return { rows };
    },
    save: (totals) => totals.save(),
    revive: (saved) => MoneyTotals.revive(saved),
  }),
};
