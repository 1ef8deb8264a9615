// Issue 19 "Done when": each business report's figures equal an independent computation from the Metakocka sandbox's
// own data, to the cent and per currency. The sync (the built functions, in the harness) brings partners, products
// and documents into the Twenty stand-in; the reports then read Twenty, and this test computes what they must show
// from the sandbox store alone (its totals, lines, payments, lineage and stock), not through the app's code.
import { createCrmGateway } from 'server/crm/gateway';
import { runReport } from 'server/reports/engine';
import { rmSync } from 'node:fs';

import { startSyncWorld, type SyncWorld } from 'test/e2e/sync-world';
import { ensureBuiltOutput } from 'test/twenty/harness';
import { formatPlain } from 'test/sandbox/values/decimal';
import { computeTotals, lineNet } from 'test/sandbox/store/totals';
import type { SalesDocument } from 'test/sandbox/store/types';

jest.setTimeout(300_000);
// One world for the file: the sync runs once, every report reads what it left.
let synced: SyncWorld;
let outputDir = '';
const world = () => synced;

const REVENUE = ['sales_bill_domestic', 'sales_bill_foreign', 'sales_bill_retail', 'sales_bill_credit_note'];
const BILLS = ['sales_bill_domestic', 'sales_bill_foreign', 'sales_bill_retail'];
/** Sandbox amounts are bigints with 8 decimals; a cent is 10^6 of them. */
const cents = (dec: bigint) => dec / 1_000_000n;
const money = (centsValue: bigint) => {
  const sign = centsValue < 0n ? '-' : '';
  const abs = centsValue < 0n ? -centsValue : centsValue;
  return `${sign}${abs / 100n}.${String(abs % 100n).padStart(2, '0')}`;
};
const ljubljanaDay = (ms: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Ljubljana', year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(new Date(ms))
    .slice(0, 10);

function sumBy(docs: SalesDocument[], keyOf: (doc: SalesDocument) => string, amountOf: (doc: SalesDocument) => bigint) {
  const out = new Map<string, { documents: number; cents: bigint }>();
  for (const doc of docs) {
    const key = keyOf(doc);
    const entry = out.get(key) ?? { documents: 0, cents: 0n };
    entry.documents += 1;
    entry.cents += amountOf(doc);
    out.set(key, entry);
  }
  return [...out].map(([key, v]) => `${key}|${v.documents}|${money(v.cents)}`).sort();
}

const signedNet = (doc: SalesDocument) =>
  doc.docType === 'sales_bill_credit_note' ? -cents(computeTotals(doc).sumBasic) : cents(computeTotals(doc).sumBasic);

describe('business reports against the Metakocka sandbox', () => {
  let gateway: ReturnType<typeof createCrmGateway>;
  let docs: SalesDocument[];
  let period: { from: string; to: string };
  const run = (template: string, parameters: unknown, groupBy = false) =>
    runReport(template, parameters, { gateway, now: () => new Date(world().harness.now()), groupBy });
  const idToMk = (object: string, field: string) =>
    new Map(
      world()
        .rows(object)
        .map((row) => [row.id as string, row[field] as string]),
    );

  beforeAll(async () => {
    outputDir = await ensureBuiltOutput();
    synced = await startSyncWorld(outputDir, { seed: 7, partners: 40, products: 40, documents: 260 });
    for (const streams of [['partners', 'products'], ['documents']] as const) {
      const synced = await world().sync({ streams: [...streams] });
      if (synced.jobs.failed > 0) throw new Error(`The ${streams.join(' and ')} sync failed.`);
    }
    gateway = createCrmGateway({ apiUrl: world().standIn.url, token: world().standIn.tokens.app });
    docs = world().sandbox.store.documents.list();
    const months = docs.map((d) => d.docDate.slice(0, 7)).sort();
    period = { from: months[0]!, to: months[months.length - 1]! };
  }, 900_000);
  afterAll(async () => {
    await synced?.close();
    if (outputDir) rmSync(outputDir, { recursive: true, force: true });
  });

  it('sales by month: revenue (invoices less credit notes) per month and currency, on both read paths', async () => {
    const expected = sumBy(
      docs.filter((d) => REVENUE.includes(d.docType)),
      (d) => `${d.docDate.slice(0, 7)}|${d.currencyCode}`,
      signedNet,
    );
    for (const groupBy of [false, true]) {
      const report = await run('sales-by-month', { period }, groupBy);
      expect(report.cost.path).toBe(groupBy ? 'group-by' : 'paged');
      expect(report.rows.map((r) => `${r.month}|${r.currency}|${r.documents}|${r.revenue}`).sort()).toEqual(expected);
      const currencies = report.rows.map((r) => r.currency);
      expect(currencies[0]).toBe('EUR');
      expect(new Set(currencies).size).toBeGreaterThan(1);
    }
  });

  it('sales by customer, narrowed to a quarter and one currency', async () => {
    const quarter = { from: period.to.slice(0, 4) + '-01', to: period.to.slice(0, 4) + '-12' };
    const inQuarter = docs.filter(
      (d) =>
        REVENUE.includes(d.docType) &&
        d.currencyCode === 'EUR' &&
        d.docDate.slice(0, 7) >= quarter.from &&
        d.docDate.slice(0, 7) <= quarter.to,
    );
    expect(inQuarter.length).toBeGreaterThan(0);
    const report = await run('sales-by-customer', { period: quarter, currency: 'EUR' });
    const partnerOf = new Map([...idToMk('company', 'metakockaPartnerId'), ...idToMk('person', 'metakockaPartnerId')]);
    expect(
      report.rows.map((r) => `${partnerOf.get(String(r.customerId))}|EUR|${r.documents}|${r.revenue}`).sort(),
    ).toEqual(sumBy(inQuarter, (d) => `${d.partner.partnerMkId}|EUR`, signedNet));
  });

  it('sales by product, from the document lines', async () => {
    const expected = new Map<string, { quantity: bigint; cents: bigint }>();
    for (const doc of docs.filter((d) => REVENUE.includes(d.docType)))
      for (const line of doc.lines) {
        const sign = doc.docType === 'sales_bill_credit_note' ? -1n : 1n;
        const key = `${line.productMkId}|${doc.currencyCode}`;
        const entry = expected.get(key) ?? { quantity: 0n, cents: 0n };
        entry.quantity += sign * line.amount;
        entry.cents += sign * cents(lineNet(line));
        expected.set(key, entry);
      }
    const report = await run('sales-by-product', { period });
    const productOf = idToMk('metakockaProduct', 'metakockaId');
    expect(
      report.rows.map((r) => `${productOf.get(String(r.productId))}|${r.currency}|${r.quantity}|${r.revenue}`).sort(),
    ).toEqual([...expected].map(([key, v]) => `${key}|${formatPlain(v.quantity)}|${money(v.cents)}`).sort());
  });

  it('offers → orders → invoices conversion', async () => {
    const ofType = (type: string) => docs.filter((d) => d.docType === type);
    const offers = ofType('sales_offer');
    const orders = ofType('sales_order');
    const offersOrdered = offers.filter((o) => orders.some((order) => order.offerList.includes(o.mkId)));
    const ordersInvoiced = orders.filter((o) =>
      docs.some((d) => BILLS.includes(d.docType) && d.salesOrderList.includes(o.mkId)),
    );
    const report = await run('conversion', { period });
    expect(report.rows.map((r) => [r.stage, r.documents, r.converted])).toEqual([
      ['offers', offers.length, offersOrdered.length],
      ['orders', orders.length, ordersInvoiced.length],
      ['invoices', docs.filter((d) => BILLS.includes(d.docType)).length, null],
    ]);
    expect(offersOrdered.length + ordersInvoiced.length).toBeGreaterThan(0);
  });

  it('overdue invoices by age, per currency, from today in Ljubljana', async () => {
    const today = ljubljanaDay(world().harness.now());
    const bucketOf = (due: string | undefined) => {
      const days = due ? Math.round((Date.parse(today) - Date.parse(due)) / 86_400_000) : 0;
      return days <= 0 ? 'not-due' : days <= 30 ? '0-30' : days <= 60 ? '31-60' : days <= 90 ? '61-90' : 'over-90';
    };
    const open = (d: SalesDocument) => cents(computeTotals(d).sumAll - computeTotals(d).sumPaid);
    const receivables = docs.filter(
      (d) => d.docType.startsWith('sales_bill_') && d.docType !== 'sales_bill_credit_note' && open(d) > 0n,
    );
    const report = await run('receivables-aging', {});
    expect(report.rows.map((r) => `${r.bucket}|${r.currency}|${r.documents}|${r.open}`).sort()).toEqual(
      sumBy(receivables, (d) => `${bucketOf(d.dates.duo_payment)}|${d.currencyCode}`, open),
    );
    expect(new Set(report.rows.map((r) => r.bucket)).size).toBeGreaterThan(1);
  });

  it('stock and low stock, with Metakocka’s minimum stock', async () => {
    const store = world().sandbox.store;
    const products = store.products.list().filter((p) => p.activated);
    const expected = products
      .map((p) => {
        const stock = store.stock.forProduct(p.mkId).reduce((sum, row) => sum + row.amount, 0n);
        const below = p.minStock !== undefined && p.minStock > 0n && stock < p.minStock;
        return `${p.code}|${formatPlain(stock)}|${p.minStock === undefined ? null : formatPlain(p.minStock)}|${below}`;
      })
      .sort();
    const report = await run('stock', {});
    expect(report.rows.map((r) => `${r.code}|${r.stock}|${r.minimum}|${r.belowMinimum}`).sort()).toEqual(expected);
    expect(report.rows.some((r) => r.belowMinimum)).toBe(true);
    const low = await run('stock', { lowStockOnly: true });
    expect(low.rows.every((r) => r.belowMinimum)).toBe(true);
    expect(low.rows).toHaveLength(expected.filter((e) => e.endsWith('|true')).length);
  });
});
