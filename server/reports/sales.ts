// Sales templates (issue 19 step 3): revenue by month and by customer from the documents' revenue field (net,
// credit notes negative, prepayment invoices left out; server/sync/documents/chart-fields.ts), by product from the
// lines, and the offer → order → invoice conversion. Money per currency in minor units, never mixed, EUR first.
import { OBJECT_NAMES } from 'plugin/constants/names';
import { DOCUMENT_TYPE, type DocumentType } from 'plugin/constants/select-options';
import type { CurrencyValue } from 'server/crm/composites';
import { chunk } from 'server/crm/records';
import { add, parseDecimal, toPlainString, ZERO, type Decimal } from 'server/money/decimal';

import { documentFilter } from './document-filters';
import { currencyOrder, formatMinor, minorOf, minorOfMicros, MoneyTotals } from './money';
import type { ReportRow } from './report';
import type { ReportContext, ReportTemplate } from './template';

const DOCS = OBJECT_NAMES.salesDocument;
const LINES = OBJECT_NAMES.salesDocumentLine;

/** Documents that carry revenue: invoices less credit notes (prepayment invoices are settled by the final invoice). */
export const REVENUE_TYPES: readonly DocumentType[] = [
  DOCUMENT_TYPE.SALES_BILL_DOMESTIC,
  DOCUMENT_TYPE.SALES_BILL_FOREIGN,
  DOCUMENT_TYPE.SALES_BILL_RETAIL,
  DOCUMENT_TYPE.SALES_BILL_CREDIT_NOTE,
];
const SALES_PARAMETERS = [
  { name: 'period', required: true },
  { name: 'currency' },
  { name: 'customer' },
  { name: 'documentTypes', choices: REVENUE_TYPES },
] as const;

interface RevenueDoc {
  id: string;
  documentMonth: string | null;
  revenueAmount: CurrencyValue | null;
  companyId: string | null;
  personId: string | null;
}

const revenueFilter = (params: Parameters<ReportTemplate['run']>[1]) =>
  documentFilter(params, params.documentTypes ?? REVENUE_TYPES);

const byCurrencyThen =
  <T extends { currency: string }>(then: (a: T, b: T) => number) =>
  (a: T, b: T) =>
    currencyOrder(a.currency, b.currency) || then(a, b);

const moneyRows = <K extends string>(totals: MoneyTotals<K>, keyName: string) =>
  totals.entries().map((e) => ({ [keyName]: e.key, currency: e.currency, documents: e.count, revenue: e.minor }));

async function revenueBy(
  ctx: ReportContext,
  params: Parameters<ReportTemplate['run']>[1],
  keyOf: (doc: RevenueDoc) => string | null,
) {
  const totals = new MoneyTotals();
  const ids: string[] = [];
  await ctx.reader.eachPage<RevenueDoc>(
    DOCS,
    'id documentMonth revenueAmount { amountMicros currencyCode } companyId personId',
    revenueFilter(params),
    (page) => {
      for (const doc of page) {
        const minor = minorOf(doc.revenueAmount);
        const key = keyOf(doc);
        if (minor === null || key === null || !doc.revenueAmount?.currencyCode) continue;
        totals.add(key, doc.revenueAmount.currencyCode, minor);
        ids.push(doc.id);
      }
    },
  );
  return { totals, ids };
}

const finish = (rows: Array<Record<string, unknown>>): ReportRow[] =>
  rows.map((row) =>
    Object.fromEntries(
      Object.entries(row).map(([key, value]) => [key, typeof value === 'bigint' ? formatMinor(value) : value]),
    ),
  ) as ReportRow[];

export const salesByMonth: ReportTemplate = {
  id: 'sales-by-month',
  title: 'Sales by month',
  parameters: SALES_PARAMETERS,
  columns: [
    { key: 'month', kind: 'month' },
    { key: 'currency', kind: 'currency' },
    { key: 'documents', kind: 'count' },
    { key: 'revenue', kind: 'money' },
  ],
  chart: { kind: 'bar', x: 'month', y: 'revenue', series: 'currency' },
  objects: ['metakockaSalesDocument'],
  streams: ['DOCUMENTS'],
  estimate: (ctx, params) => ctx.reader.count(DOCS, revenueFilter(params)),
  async run(ctx, params) {
    const sorted = (rows: Array<{ month: string; currency: string; documents: number; revenue: bigint }>) =>
      finish(rows.sort(byCurrencyThen((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0))));
    if (ctx.groupBy) {
      const groups = await ctx.reader.groupBy(
        DOCS,
        [{ documentMonth: true }, { revenueAmount: { currencyCode: true } }],
        revenueFilter(params),
        ['sumRevenueAmountAmountMicros'],
      );
      const rows = groups
        .filter((g) => g.dimensions[0] && g.dimensions[1])
        .map((g) => ({
          month: String(g.dimensions[0]),
          currency: String(g.dimensions[1]),
          documents: g.totalCount,
          revenue: minorOfMicros(g.aggregates.sumRevenueAmountAmountMicros),
        }));
      return { rows: sorted(rows), path: 'group-by' };
    }
    const { totals, ids } = await revenueBy(ctx, params, (doc) => doc.documentMonth);
    const rows = moneyRows(totals, 'month') as Array<{
      month: string;
      currency: string;
      documents: number;
      revenue: bigint;
    }>;
    return { rows: sorted(rows), recordIds: ids, path: 'paged' };
  },
};

interface Named {
  id: string;
  name: string | { firstName: string; lastName: string } | null;
}

async function customerNames(ctx: ReportContext, ids: string[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  const label = (record: Named) =>
    typeof record.name === 'string'
      ? record.name
      : [record.name?.firstName, record.name?.lastName].filter(Boolean).join(' ');
  for (const part of chunk(ids, 200)) {
    for (const object of [
      { singular: 'company', plural: 'companies', selection: 'id name' },
      { singular: 'person', plural: 'people', selection: 'id name { firstName lastName }' },
    ])
      await ctx.reader.eachPage<Named>(object, object.selection, { id: { in: part } }, (page) =>
        page.forEach((record) => names.set(record.id, label(record))),
      );
  }
  return names;
}

export const salesByCustomer: ReportTemplate = {
  id: 'sales-by-customer',
  title: 'Sales by customer',
  parameters: SALES_PARAMETERS,
  columns: [
    { key: 'customer', kind: 'text' },
    { key: 'currency', kind: 'currency' },
    { key: 'documents', kind: 'count' },
    { key: 'revenue', kind: 'money' },
  ],
  chart: { kind: 'bar', x: 'customer', y: 'revenue', series: 'currency' },
  objects: ['metakockaSalesDocument'],
  streams: ['DOCUMENTS', 'PARTNERS'],
  estimate: (ctx, params) => ctx.reader.count(DOCS, revenueFilter(params)),
  async run(ctx, params) {
    const { totals, ids } = await revenueBy(ctx, params, (doc) => doc.companyId ?? doc.personId);
    const names = await customerNames(ctx, [...new Set(totals.entries().map((e) => e.key))]);
    const rows = totals
      .entries()
      .sort(byCurrencyThen((a, b) => (a.minor === b.minor ? 0 : a.minor > b.minor ? -1 : 1)))
      .map((e) => ({
        customerId: e.key,
        customer: names.get(e.key) ?? e.key,
        currency: e.currency,
        documents: e.count,
        revenue: e.minor,
      }));
    return { rows: finish(rows), recordIds: ids, path: 'paged' };
  },
};

interface LineRow {
  salesDocumentId: string;
  productId: string | null;
  code: string;
  name: string;
  quantity: number | string | null;
  lineNet: CurrencyValue | null;
}

export const salesByProduct: ReportTemplate = {
  id: 'sales-by-product',
  title: 'Sales by product',
  parameters: [...SALES_PARAMETERS, { name: 'productCategory' }],
  columns: [
    { key: 'code', kind: 'text' },
    { key: 'product', kind: 'text' },
    { key: 'currency', kind: 'currency' },
    { key: 'quantity', kind: 'quantity' },
    { key: 'revenue', kind: 'money' },
  ],
  chart: { kind: 'bar', x: 'code', y: 'revenue', series: 'currency' },
  objects: ['metakockaSalesDocument'],
  streams: ['DOCUMENTS', 'PRODUCTS'],
  // The documents of the period, plus about four lines each (217,000 lines to 50,000 documents at full scale).
  estimate: async (ctx, params) => (await ctx.reader.count(DOCS, revenueFilter(params))) * 5,
  async run(ctx, params) {
    const sign = new Map<string, bigint>();
    await ctx.reader.eachPage<{ id: string; documentType: string }>(
      DOCS,
      'id documentType',
      revenueFilter(params),
      (page) =>
        page.forEach((doc) => sign.set(doc.id, doc.documentType === DOCUMENT_TYPE.SALES_BILL_CREDIT_NOTE ? -1n : 1n)),
    );
    let inCategory: Set<string> | null = null;
    if (params.productCategory) {
      const found = new Set<string>();
      await ctx.reader.eachPage<{ id: string }>(
        OBJECT_NAMES.product,
        'id',
        { category: { like: `%${params.productCategory}%` } },
        (page) => page.forEach((p) => found.add(p.id)),
      );
      inCategory = found;
    }
    const totals = new MoneyTotals();
    const quantities = new Map<string, Decimal>();
    const labels = new Map<string, { code: string; product: string }>();
    for (const part of chunk([...sign.keys()], 200)) {
      await ctx.reader.eachPage<LineRow>(
        LINES,
        'salesDocumentId productId code name quantity lineNet { amountMicros currencyCode }',
        { salesDocumentId: { in: part } },
        (page) => {
          for (const line of page) {
            if (inCategory && !(line.productId && inCategory.has(line.productId))) continue;
            const net = minorOf(line.lineNet);
            const currency = line.lineNet?.currencyCode;
            if (net === null || !currency) continue;
            const factor = sign.get(line.salesDocumentId) ?? 1n;
            const key = line.productId ?? `code:${line.code}`;
            totals.add(key, currency, net * factor);
            const qKey = `${key}\u0000${currency}`;
            const quantity = parseDecimal(String(line.quantity ?? '0'));
            quantities.set(
              qKey,
              add(quantities.get(qKey) ?? ZERO, factor < 0n ? { ...quantity, units: -quantity.units } : quantity),
            );
            if (!labels.has(key)) labels.set(key, { code: line.code, product: line.name });
          }
        },
      );
    }
    const rows = totals
      .entries()
      .sort(byCurrencyThen((a, b) => (a.minor === b.minor ? 0 : a.minor > b.minor ? -1 : 1)))
      .map((e) => ({
        productId: e.key.startsWith('code:') ? null : e.key,
        ...labels.get(e.key)!,
        currency: e.currency,
        quantity: toPlainString(quantities.get(`${e.key}\u0000${e.currency}`) ?? ZERO),
        revenue: e.minor,
      }));
    return { rows: finish(rows), recordIds: [...sign.keys()], path: 'paged' };
  },
};

const CONVERSION_TYPES: readonly DocumentType[] = [
  DOCUMENT_TYPE.SALES_OFFER,
  DOCUMENT_TYPE.SALES_ORDER,
  DOCUMENT_TYPE.SALES_BILL_DOMESTIC,
  DOCUMENT_TYPE.SALES_BILL_FOREIGN,
  DOCUMENT_TYPE.SALES_BILL_RETAIL,
];

const percent = (part: number, whole: number): string | null =>
  whole === 0 ? null : (Math.round((part * 1000) / whole) / 10).toFixed(1);

export const conversion: ReportTemplate = {
  id: 'conversion',
  title: 'Offers to orders to invoices',
  parameters: [{ name: 'period', required: true }, { name: 'customer' }],
  columns: [
    { key: 'stage', kind: 'text' },
    { key: 'documents', kind: 'count' },
    { key: 'converted', kind: 'count' },
    { key: 'rate', kind: 'percent' },
  ],
  chart: { kind: 'bar', x: 'stage', y: 'documents' },
  objects: ['metakockaSalesDocument'],
  streams: ['DOCUMENTS'],
  estimate: (ctx, params) => ctx.reader.count(DOCS, documentFilter(params, CONVERSION_TYPES)),
  async run(ctx, params) {
    const inPeriod = new Map<string, string>();
    await ctx.reader.eachPage<{ id: string; documentType: string }>(
      DOCS,
      'id documentType',
      documentFilter(params, CONVERSION_TYPES),
      (page) => page.forEach((doc) => inPeriod.set(doc.id, doc.documentType)),
    );
    const ofType = (type: string) => [...inPeriod].filter(([, t]) => t === type).map(([id]) => id);
    const offers = ofType(DOCUMENT_TYPE.SALES_OFFER);
    const orders = ofType(DOCUMENT_TYPE.SALES_ORDER);
    const invoices = inPeriod.size - offers.length - orders.length;
    // A document continues another when its "made from" points at it; the follow-up may fall after the period.
    const continued = async (sources: string[], types: DocumentType[]) => {
      const made = new Set<string>();
      for (const part of chunk(sources, 200))
        await ctx.reader.eachPage<{ sourceDocumentId: string | null }>(
          DOCS,
          'sourceDocumentId',
          {
            and: [
              { sourceDocumentId: { in: part } },
              { documentType: { in: types } },
              { isDeletedInMetakocka: { eq: false } },
            ],
          },
          (page) => page.forEach((doc) => doc.sourceDocumentId && made.add(doc.sourceDocumentId)),
        );
      return made.size;
    };
    const offersOrdered = await continued(offers, [DOCUMENT_TYPE.SALES_ORDER]);
    const ordersInvoiced = await continued(orders, [
      DOCUMENT_TYPE.SALES_BILL_DOMESTIC,
      DOCUMENT_TYPE.SALES_BILL_FOREIGN,
      DOCUMENT_TYPE.SALES_BILL_RETAIL,
    ]);
    const rows = [
      {
        stage: 'offers',
        documents: offers.length,
        converted: offersOrdered,
        rate: percent(offersOrdered, offers.length),
      },
      {
        stage: 'orders',
        documents: orders.length,
        converted: ordersInvoiced,
        rate: percent(ordersInvoiced, orders.length),
      },
      { stage: 'invoices', documents: invoices, converted: null, rate: null },
    ];
    return { rows, recordIds: [...inPeriod.keys()], path: 'paged' };
  },
};
