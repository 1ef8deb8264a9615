// The fields the native dashboards chart (issue 19 step 2), as a user sees them in Twenty after a documents pull from
// the Metakocka sandbox, and after days pass: each is computed here independently from the sandbox's own documents
// (its totals, payments and due dates), not through the app's mapper.
import { refreshDocumentChartFields } from 'server/sync/documents/chart-refresh';
import { chartFields, type ChartSource } from 'server/sync/documents/chart-fields';
import { computeTotals } from 'test/sandbox/store/totals';
import type { SalesDocument } from 'test/sandbox/store/types';

import { bindPartners, startDocumentsEnv, type DocumentsEnv } from './support';

const DAY = 86_400_000;
/** Sandbox amounts are 8-decimal bigints; Twenty's micros have 6. */
const micros = (dec: bigint) => String(dec / 100n);
const money = (dec: bigint, currencyCode: string) => ({ amountMicros: micros(dec), currencyCode });
const ljubljanaDay = (at: Date) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Ljubljana', year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(at)
    .slice(0, 10);

/** What a Slovenian accountant expects of a document on a day, from Metakocka's figures alone. */
function expected(doc: SalesDocument, today: string) {
  const totals = computeTotals(doc);
  const currency = doc.currencyCode;
  const isBill = doc.docType.startsWith('sales_bill_') && doc.docType !== 'sales_bill_credit_note';
  const open = totals.sumAll > totals.sumPaid ? totals.sumAll - totals.sumPaid : 0n;
  const overdue = isBill && open > 0n && doc.dates.duo_payment !== undefined && doc.dates.duo_payment < today;
  const offerOpen = doc.docType === 'sales_offer' && !['accepted', 'rejected'].includes(doc.statusKey ?? '');
  return {
    revenueAmount:
      doc.docType === 'sales_bill_credit_note'
        ? money(-totals.sumBasic, currency)
        : isBill && doc.docType !== 'sales_bill_prepaid'
          ? money(totals.sumBasic, currency)
          : null,
    openAmount: isBill ? money(open, currency) : null,
    overdueAmount: overdue ? money(open, currency) : null,
    isOverdue: overdue,
    paymentState: isBill ? (open === 0n ? 'PAID' : totals.sumPaid > 0n ? 'PARTLY_PAID' : 'UNPAID') : null,
    isOrder: doc.docType === 'sales_order',
    isOpenOffer: offerOpen,
    openOfferAmount: offerOpen ? money(totals.sumBasic, currency) : null,
    documentMonth: doc.docDate.slice(0, 7),
  };
}

describe('chart fields after a documents pull', () => {
  let env: DocumentsEnv;
  beforeAll(async () => {
    env = await startDocumentsEnv({ documents: 220 });
    await bindPartners(env);
  });
  afterAll(() => env.close());

  const rowOf = (mkId: string) => [...env.tables.documents.rows.values()].find((d) => d.metakockaId === mkId)!;
  const chartOf = (row: Record<string, unknown>) =>
    Object.fromEntries(
      Object.keys(expected(env.sandbox.store.documents.list()[0]!, '')).map((k) => [k, row[k] ?? null]),
    );
  const normalised = (value: Record<string, unknown>) =>
    JSON.parse(JSON.stringify(value, (_k, v) => (typeof v === 'bigint' ? String(v) : v)));

  it('gives every document its revenue, open and overdue amounts, payment state and month, per currency', async () => {
    const pulledAt = env.rt.now();
    await env.run();
    const today = ljubljanaDay(pulledAt);
    const docs = env.sandbox.store.documents.list();
    for (const doc of docs)
      expect({ mkId: doc.mkId, ...normalised(chartOf(rowOf(doc.mkId))) }).toEqual({
        mkId: doc.mkId,
        ...normalised(expected(doc, today)),
      });
    // The sample holds what the dashboards distinguish, so the comparison above means something.
    const rows = docs.map((d) => rowOf(d.mkId));
    expect(rows.some((r) => r.isOverdue)).toBe(true);
    expect(rows.some((r) => r.paymentState === 'PAID')).toBe(true);
    expect(rows.some((r) => r.paymentState === 'UNPAID' && !r.isOverdue)).toBe(true);
    expect(rows.some((r) => r.revenueAmount && String(r.revenueAmount.amountMicros).startsWith('-'))).toBe(true);
    expect(new Set(rows.map((r) => r.revenueAmount?.currencyCode).filter(Boolean)).size).toBeGreaterThan(1);
  });

  it('marks invoices overdue when their due date passes, with no change in Metakocka', async () => {
    const later = new Date(env.rt.now().getTime() + 45 * DAY);
    const today = ljubljanaDay(later);
    const docs = env.sandbox.store.documents.list();
    const becoming = docs.filter((d) => expected(d, today).isOverdue && !rowOf(d.mkId).isOverdue);
    expect(becoming.length).toBeGreaterThan(0);

    const outcome = await refreshDocumentChartFields(env.rt.crm.gateway, today, 'receivables');

    expect(outcome.written).toBe(becoming.length);
    for (const doc of docs)
      expect({ mkId: doc.mkId, ...normalised(chartOf(rowOf(doc.mkId))) }).toEqual({
        mkId: doc.mkId,
        ...normalised(expected(doc, today)),
      });
    // Only open receivables were read, and a second refresh the same day writes nothing.
    expect(outcome.read).toBeLessThan(docs.length);
    expect((await refreshDocumentChartFields(env.rt.crm.gateway, today, 'receivables')).written).toBe(0);
  });
});

describe('chartFields', () => {
  const invoice: ChartSource = {
    documentType: 'SALES_BILL_DOMESTIC',
    statusKey: 'open',
    documentDate: '2026-03-31',
    dueDate: '2026-04-30',
    currency: 'EUR',
    netTotal: { amountMicros: '1000000000', currencyCode: 'EUR' },
    grossTotal: { amountMicros: '1220000000', currencyCode: 'EUR' },
    paidTotal: { amountMicros: '200000000', currencyCode: 'EUR' },
    isDeletedInMetakocka: false,
  };

  it('makes an invoice overdue the day after its due date in Ljubljana, not on it', () => {
    expect(chartFields(invoice, '2026-04-30')).toMatchObject({ isOverdue: false, overdueAmount: null });
    expect(chartFields(invoice, '2026-05-01')).toMatchObject({
      isOverdue: true,
      overdueAmount: { amountMicros: '1020000000', currencyCode: 'EUR' },
      paymentState: 'PARTLY_PAID',
    });
  });

  it('counts a credit note against revenue whichever sign Metakocka sends', () => {
    const note = { ...invoice, documentType: 'SALES_BILL_CREDIT_NOTE' };
    const negative = { ...note, netTotal: { amountMicros: '-1000000000', currencyCode: 'EUR' } };
    for (const doc of [note, negative])
      expect(chartFields(doc, '2026-06-01')).toMatchObject({
        revenueAmount: { amountMicros: '-1000000000' },
        openAmount: null,
        isOverdue: false,
      });
  });

  it('leaves a document deleted in Metakocka out of every chart', () => {
    expect(chartFields({ ...invoice, isDeletedInMetakocka: true }, '2026-06-01')).toMatchObject({
      revenueAmount: null,
      isOverdue: false,
      documentMonth: null,
    });
  });
});
