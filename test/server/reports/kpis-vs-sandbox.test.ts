// Issue 19 item 5 against the sandbox: the KPI panel's figures (the kpis route, run by the built function on the
// Twenty stand-in after the app's own sync) equal what Metakocka's own store says, computed here without the app's
// mapper or report code: monthly revenue per currency (invoices less credit notes, net), new customers (first invoice
// or credit note in the month), offer → order conversion (offers of the month that some order was made from) and
// overdue receivables per currency to the cent. "Today" is a fixed Ljubljana date: one virtual clock drives both sides.
import { rmSync } from 'node:fs';

import { REPORT_ROUTES } from 'plugin/constants/route-paths';
import type { KpisAnswer } from 'server/routes/contracts';
import { MANAGER, startSyncWorld, type SyncWorld } from 'test/e2e/sync-world';
import { computeTotals } from 'test/sandbox/store/totals';
import type { SalesDocument } from 'test/sandbox/store/types';
import { ensureBuiltOutput } from 'test/twenty/harness';
import { VirtualClock } from 'test/twenty/stand-in';

jest.setTimeout(300_000);

/** 15 June 2026, 12:00 in Ljubljana (summer time). */
const NOW = Date.parse('2026-06-15T10:00:00Z');
const TODAY = '2026-06-15';
const PERIODS = 12;
const TREND = [
  '2025-07',
  '2025-08',
  '2025-09',
  '2025-10',
  '2025-11',
  '2025-12',
  '2026-01',
  '2026-02',
  '2026-03',
  '2026-04',
  '2026-05',
  '2026-06',
];

const REVENUE = ['sales_bill_domestic', 'sales_bill_foreign', 'sales_bill_retail', 'sales_bill_credit_note'];
/** Sandbox amounts carry 8 decimals; a cent is 10^6 of them. */
const cents = (amount: bigint) => amount / 1_000_000n;
const money = (value: bigint) =>
  `${value < 0n ? '-' : ''}${(value < 0n ? -value : value) / 100n}.${String((value < 0n ? -value : value) % 100n).padStart(2, '0')}`;
const month = (doc: SalesDocument) => doc.docDate.slice(0, 7);

let world: SyncWorld;
let outputDir = '';
let docs: SalesDocument[];
let answer: KpisAnswer;

beforeAll(async () => {
  outputDir = await ensureBuiltOutput();
  world = await startSyncWorld(
    outputDir,
    { seed: 7, partners: 30, products: 30, documents: 400 },
    { clock: new VirtualClock(NOW) },
  );
  for (const streams of [['partners', 'products'], ['documents']]) {
    const synced = await world.sync({ streams });
    if (synced.jobs.failed > 0) throw new Error(`The ${streams.join(' and ')} sync failed.`);
  }
  docs = world.sandbox.store.documents.list();
  const reply = await world.harness.route(`/s${REPORT_ROUTES.kpis}?periods=${PERIODS}`, { as: MANAGER });
  expect(reply.status).toBe(200);
  answer = reply.body as KpisAnswer;
}, 900_000);
afterAll(async () => {
  await world?.close();
  if (outputDir) rmSync(outputDir, { recursive: true, force: true });
});

const trendOf = (kpi: string, currency?: string) => {
  const series = answer.kpis.find((s) => s.kpi === kpi && s.currency === currency);
  return series ? Object.fromEntries(series.trend.map((p) => [p.period, p.actual])) : undefined;
};

describe('KPIs against the Metakocka sandbox, at a fixed Ljubljana date', () => {
  it('measures the twelve months up to the one under way on Ljubljana’s calendar', () => {
    expect(answer.month).toBe('2026-06');
    expect(answer.kpis.find((s) => s.kpi === 'newCustomers')!.trend.map((p) => p.period)).toEqual(TREND);
  });

  it('monthly revenue per currency: invoices less credit notes, to the cent', () => {
    const revenue = docs.filter((d) => REVENUE.includes(d.docType) && TREND.includes(month(d)));
    const currencies = [...new Set(revenue.map((d) => d.currencyCode))].sort();
    expect(currencies.length).toBeGreaterThan(1);
    expect(
      answer.kpis
        .filter((s) => s.kpi === 'revenue')
        .map((s) => s.currency)
        .sort(),
    ).toEqual(currencies);
    for (const currency of currencies) {
      const expected = Object.fromEntries(
        TREND.map((m) => {
          const total = revenue
            .filter((d) => d.currencyCode === currency && month(d) === m)
            .reduce(
              (sum, d) => sum + (d.docType === 'sales_bill_credit_note' ? -1n : 1n) * cents(computeTotals(d).sumBasic),
              0n,
            );
          return [m, money(total)];
        }),
      );
      expect(trendOf('revenue', currency)).toEqual(expected);
    }
  });

  it('new customers: partners whose first invoice or credit note falls in the month', () => {
    const first = new Map<string, string>();
    for (const doc of docs.filter((d) => REVENUE.includes(d.docType))) {
      const seen = first.get(doc.partner.partnerMkId);
      if (!seen || month(doc) < seen) first.set(doc.partner.partnerMkId, month(doc));
    }
    const expected = Object.fromEntries(TREND.map((m) => [m, [...first.values()].filter((f) => f === m).length]));
    expect(Object.values(expected).some((count) => count > 0)).toBe(true);
    expect(trendOf('newCustomers')).toEqual(expected);
  });

  it('offer conversion: offers of the month that an order was made from, in %', () => {
    const orders = docs.filter((d) => d.docType === 'sales_order');
    const expected = Object.fromEntries(
      TREND.map((m) => {
        const offers = docs.filter((d) => d.docType === 'sales_offer' && month(d) === m);
        const ordered = offers.filter((o) => orders.some((order) => order.offerList.includes(o.mkId))).length;
        return [m, offers.length === 0 ? null : Math.round((ordered * 1000) / offers.length) / 10];
      }),
    );
    expect(Object.values(expected).some((rate) => rate !== null && rate > 0)).toBe(true);
    expect(trendOf('offerConversionRate')).toEqual(expected);
  });

  it('overdue receivables per currency: open invoices due before today, to the cent', () => {
    const overdue = new Map<string, bigint>();
    for (const doc of docs) {
      if (!doc.docType.startsWith('sales_bill_') || doc.docType === 'sales_bill_credit_note') continue;
      const totals = computeTotals(doc);
      const open = cents(totals.sumAll - totals.sumPaid);
      const due = doc.dates.duo_payment;
      if (open <= 0n || !due || due >= TODAY) continue;
      overdue.set(doc.currencyCode, (overdue.get(doc.currencyCode) ?? 0n) + open);
    }
    expect(overdue.size).toBeGreaterThan(1);
    const shown = answer.kpis.filter((s) => s.kpi === 'overdueReceivables');
    expect(Object.fromEntries(shown.map((s) => [s.currency, s.trend.map((p) => [p.period, p.actual])]))).toEqual(
      Object.fromEntries([...overdue].map(([currency, open]) => [currency, [['2026-06', money(open)]]])),
    );
  });
});
