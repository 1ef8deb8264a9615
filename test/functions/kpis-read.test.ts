// kpis-read (route /metakocka/reports/kpis): a member sees each KPI's actual against the targets a manager set, and the
// trend; revenue and new customers equal an independent computation from the Metakocka sandbox's own documents.
import { REPORT_ROUTES } from 'plugin/constants/route-paths';
import { MANAGER } from 'test/e2e/sync-world';
import { useSyncWorld } from 'test/e2e/use-sync-world';
import { computeTotals } from 'test/sandbox/store/totals';

const world = useSyncWorld({ seed: 11, partners: 30, products: 15, documents: 120 });
const PATH = '/metakocka/reports/kpis';
const MEMBER = { workspaceMemberId: '5b2e4d3b-1d5f-4cab-8e66-2b3c4d5e6f10', flags: [] };
const REVENUE = /^sales_bill_(domestic|foreign|retail|credit_note)$/;
const PERIODS = 24;

const monthsBack = (current: string, count: number): string[] =>
  Array.from({ length: count }, (_, back) => {
    const [year, month] = current.split('-').map(Number) as [number, number];
    const date = new Date(Date.UTC(year, month - 1 - (count - 1 - back), 1));
    return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
  });
const cents = (decimal: string) => BigInt(decimal.replace('.', ''));

describe('kpis-read', () => {
  it('answers revenue and new customers per month as the sandbox computes them, against the targets', async () => {
    for (const streams of [['partners'], ['documents']]) expect((await world().sync({ streams })).jobs.failed).toBe(0);
    const target = { revenue: { EUR: '500.00' }, newCustomers: 1 };
    const saved = await world().harness.route(`/s${REPORT_ROUTES.kpiTargetsSave}`, {
      method: 'POST',
      body: { monthly: target },
      as: MANAGER,
    });
    expect(saved.status).toBe(200);

    const reply = await world().harness.route(`${`/s${PATH}`}?periods=${PERIODS}`, { method: 'GET', as: MEMBER });
    expect(reply.status).toBe(200);
    const answer = reply.body as { month: string; kpis: any[]; callerMaySetTargets: boolean };
    expect(answer.callerMaySetTargets).toBe(false);
    const months = monthsBack(answer.month, PERIODS);

    // Independently, from the sandbox: EUR revenue (credit notes negative) and first-revenue customers per month.
    const docs = world()
      .sandbox.store.documents.list()
      .filter((d) => REVENUE.test(d.docType))
      .sort((a, b) => (a.docDate < b.docDate ? -1 : 1));
    const first = new Map<string, string>();
    for (const doc of docs)
      if (!first.has(doc.partner.partnerMkId)) first.set(doc.partner.partnerMkId, doc.docDate.slice(0, 7));
    const expected = months.map((month) => ({
      month,
      revenue: docs
        .filter((d) => d.currencyCode === 'EUR' && d.docDate.startsWith(month))
        .reduce(
          (sum, d) =>
            sum + (d.docType === 'sales_bill_credit_note' ? -1n : 1n) * (computeTotals(d).sumBasic / 1_000_000n),
          0n,
        ),
      newCustomers: [...first.values()].filter((m) => m === month).length,
    }));
    expect(expected.some((e) => e.revenue !== 0n)).toBe(true);

    const euro = answer.kpis.find((k) => k.kpi === 'revenue' && k.currency === 'EUR');
    expect(euro.trend.map((p: any) => p.period)).toEqual(months);
    expect(euro.trend.map((p: any) => cents(p.actual))).toEqual(expected.map((e) => e.revenue));
    expect(euro.trend.map((p: any) => p.met)).toEqual(expected.map((e) => e.revenue >= 50_000n));
    const fresh = answer.kpis.find((k) => k.kpi === 'newCustomers');
    expect(fresh.trend.map((p: any) => p.actual)).toEqual(expected.map((e) => e.newCustomers));
    expect(fresh.trend.map((p: any) => p.met)).toEqual(expected.map((e) => e.newCustomers >= 1));
    // No target for conversion: measured, never "missed".
    const conversion = answer.kpis.find((k) => k.kpi === 'offerConversionRate');
    expect(conversion.trend.every((p: any) => p.met === null)).toBe(true);
  });
});
