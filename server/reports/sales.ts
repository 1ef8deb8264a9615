// Sales templates (issue 19 step 3): revenue by month and by customer from the documents' revenue field (net,
// credit notes negative, prepayment invoices left out; server/sync/documents/model/chart-fields.ts), by product from the
// lines, and the offer → order → invoice conversion. Money per currency in minor units, never mixed, EUR first.
import { OBJECT_NAMES } from 'plugin/constants/names';
import { DOCUMENT_TYPE, type DocumentType } from 'plugin/constants/select-options';
import type { CurrencyValue } from 'server/crm/composites';
import { chunk } from 'server/crm/records';
import { add, parseDecimal, toPlainString, ZERO, type Decimal } from 'server/money/decimal';

import { documentFilter } from './document-filters';
import { currencyOrder, formatMinor, minorOf, minorOfMicros, MoneyTotals, type SavedTotal } from './money';
import { definePass } from './pass';
import type { ReportParameters } from './parameters';
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

const revenueFilter = (params: ReportParameters) => documentFilter(params, params.documentTypes ?? REVENUE_TYPES);

const byCurrencyThen =
  <T extends { currency: string }>(then: (a: T, b: T) => number) =>
  (a: T, b: T) =>
    currencyOrder(a.currency, b.currency) || then(a, b);

const moneyRows = <K extends string>(totals: MoneyTotals<K>, keyName: string) =>
  totals.entries().map((e) => ({ [keyName]: e.key, currency: e.currency, documents: e.count, revenue: e.minor }));

const REVENUE_SELECTION = 'id documentMonth revenueAmount { amountMicros currencyCode } companyId personId';

/** One pass over the revenue documents, summing each document's revenue under its key per currency. */
const revenuePass = (
  keyOf: (doc: RevenueDoc) => string | null,
  finishRows: (ctx: ReportContext, totals: MoneyTotals) => Promise<ReportRow[]>,
) =>
  definePass<MoneyTotals, SavedTotal[]>({
    object: DOCS,
    selection: REVENUE_SELECTION,
    filter: revenueFilter,
    start: async () => new MoneyTotals(),
    async fold(_ctx, _params, totals, page) {
      const used: string[] = [];
      for (const doc of page as RevenueDoc[]) {
        const minor = minorOf(doc.revenueAmount);
        const key = keyOf(doc);
        if (minor === null || key === null || !doc.revenueAmount?.currencyCode) continue;
        totals.add(key, doc.revenueAmount.currencyCode, minor);
        used.push(doc.id);
      }
      return used;
    },
    finish: async (ctx, _params, totals) => ({ rows: await finishRows(ctx, totals) }),
    save: (totals) => totals.save(),
    revive: (saved) => MoneyTotals.revive(saved),
  });

const finish = (rows: Array<Record<string, unknown>>): ReportRow[] =>
  rows.map((row) =>
    Object.fromEntries(
      Object.entries(row).map(([key, value]) => [key, typeof value === 'bigint' ? formatMinor(value) : value]),
    ),
  ) as ReportRow[];

type MonthRow = { month: string; currency: string; documents: number; revenue: bigint };
const byMonth = (rows: MonthRow[]) =>
  finish(rows.sort(byCurrencyThen((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0))));

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
  pass: revenuePass(
    (doc) => doc.documentMonth,
    async (_ctx, totals) => byMonth(moneyRows(totals, 'month') as MonthRow[]),
  ),
  async groupBy(ctx, params) {
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
    return { rows: byMonth(rows), path: 'group-by' };
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

const largestFirst = byCurrencyThen<{ currency: string; minor: bigint }>((a, b) =>
  a.minor === b.minor ? 0 : a.minor > b.minor ? -1 : 1,
);

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
  pass: revenuePass(
    (doc) => doc.companyId ?? doc.personId,
    async (ctx, totals) => {
      const names = await customerNames(ctx, [...new Set(totals.entries().map((e) => e.key))]);
      const rows = totals
        .entries()
        .sort(largestFirst)
        .map((e) => ({
          customerId: e.key,
          customer: names.get(e.key) ?? e.key,
          currency: e.currency,
          documents: e.count,
          revenue: e.minor,
        }));
      return finish(rows);
    },
  ),
};

interface LineRow {
  salesDocumentId: string;
  productId: string | null;
  code: string;
  name: string;
  quantity: number | string | null;
  lineNet: CurrencyValue | null;
}

interface ProductFigures {
  /** The category's products, or null for every product. */
  inCategory: Set<string> | null;
  totals: MoneyTotals;
  quantities: Map<string, Decimal>;
  labels: Map<string, { code: string; product: string }>;
}

interface SavedProductFigures {
  inCategory: string[] | null;
  totals: SavedTotal[];
  quantities: Array<[string, string]>;
  labels: Array<[string, { code: string; product: string }]>;
}

function foldLine(figures: ProductFigures, line: LineRow, factor: bigint): void {
  if (figures.inCategory && !(line.productId && figures.inCategory.has(line.productId))) return;
  const net = minorOf(line.lineNet);
  const currency = line.lineNet?.currencyCode;
  if (net === null || !currency) return;
  const key = line.productId ?? `code:${line.code}`;
  figures.totals.add(key, currency, net * factor);
  const qKey = `${key}\u0000${currency}`;
  const quantity = parseDecimal(String(line.quantity ?? '0'));
  figures.quantities.set(
    qKey,
    add(figures.quantities.get(qKey) ?? ZERO, factor < 0n ? { ...quantity, units: -quantity.units } : quantity),
  );
  if (!figures.labels.has(key)) figures.labels.set(key, { code: line.code, product: line.name });
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
  // A page of documents, then their lines (200 documents' ids fit one filter).
  pass: definePass<ProductFigures, SavedProductFigures>({
    object: DOCS,
    selection: 'id documentType',
    filter: revenueFilter,
    async start(ctx, params) {
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
      return { inCategory, totals: new MoneyTotals(), quantities: new Map(), labels: new Map() };
    },
    async fold(ctx, _params, figures, page) {
      const docs = page as Array<{ id: string; documentType: string }>;
      if (docs.length === 0) return [];
      const sign = new Map(
        docs.map((doc) => [doc.id, doc.documentType === DOCUMENT_TYPE.SALES_BILL_CREDIT_NOTE ? -1n : 1n]),
      );
      await ctx.reader.eachPage<LineRow>(
        LINES,
        'salesDocumentId productId code name quantity lineNet { amountMicros currencyCode }',
        { salesDocumentId: { in: [...sign.keys()] } },
        (lines) => lines.forEach((line) => foldLine(figures, line, sign.get(line.salesDocumentId) ?? 1n)),
      );
      return [...sign.keys()];
    },
    async finish(_ctx, _params, figures) {
      const rows = figures.totals
        .entries()
        .sort(largestFirst)
        .map((e) => ({
          productId: e.key.startsWith('code:') ? null : e.key,
          ...figures.labels.get(e.key)!,
          currency: e.currency,
          quantity: toPlainString(figures.quantities.get(`${e.key}\u0000${e.currency}`) ?? ZERO),
          revenue: e.minor,
        }));
      return { rows: finish(rows) };
    },
    save: (figures) => ({
      inCategory: figures.inCategory ? [...figures.inCategory] : null,
      totals: figures.totals.save(),
      quantities: [...figures.quantities].map(([key, value]) => [key, toPlainString(value)]),
      labels: [...figures.labels],
    }),
    revive: (saved) => ({
      inCategory: saved.inCategory ? new Set(saved.inCategory) : null,
      totals: MoneyTotals.revive(saved.totals),
      quantities: new Map(saved.quantities.map(([key, value]) => [key, parseDecimal(value)])),
      labels: new Map(saved.labels),
    }),
  }),
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
