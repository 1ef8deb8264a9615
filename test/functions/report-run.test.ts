// report-run (route /metakocka/reports/run): a member runs a report on what the sync brought in, with their own
// permissions; a bad parameter is refused naming it.
import { REPORT_ROUTES } from 'plugin/constants/route-paths';
import { sandboxRevenueCents } from 'test/support/sandbox-revenue';
import { useSyncWorld } from 'test/e2e/use-sync-world';

const world = useSyncWorld({ seed: 7, partners: 30, products: 15, documents: 80 });
const PATH = `/s${REPORT_ROUTES.run}`; // '/metakocka/reports/run'
const MEMBER = { workspaceMemberId: '5b2e4d3b-1d5f-4cab-8e66-2b3c4d5e6f10', flags: [] };

describe('report-run', () => {
  it('answers sales by month with its figures, what it cost and when its data was synced', async () => {
    for (const streams of [['partners'], ['documents']]) expect((await world().sync({ streams })).jobs.failed).toBe(0);
    const docs = world().sandbox.store.documents.list();
    const months = docs.map((d) => d.docDate.slice(0, 7)).sort();
    const period = { from: months[0], to: months[months.length - 1] };

    const reply = await world().harness.route(PATH, {
      method: 'POST',
      body: { template: 'sales-by-month', parameters: { period, currency: 'EUR' } },
      as: MEMBER,
    });

    expect(reply.status).toBe(200);
    const { report, estimate } = reply.body as {
      report: { rows: Array<{ revenue: string }>; dataAsOf: string | null; cost: { twentyCalls: number } };
      estimate: { runsAsJob: boolean };
    };
    const euroCents = sandboxRevenueCents(world().sandbox, 'EUR');
    const reported = report.rows.reduce((sum, row) => sum + BigInt(row.revenue.replace('.', '')), 0n);
    expect(reported).toBe(euroCents);
    expect(report.dataAsOf).not.toBeNull();
    expect(report.cost.twentyCalls).toBeGreaterThan(0);
    expect(estimate.runsAsJob).toBe(false);
  });

  it('refuses a period that ends before it starts, naming the parameter', async () => {
    const reply = await world().harness.route(PATH, {
      method: 'POST',
      body: { template: 'sales-by-month', parameters: { period: { from: '2026-06', to: '2026-01' } } },
      as: MEMBER,
    });
    expect(reply.status).toBe(422);
    expect(reply.body).toMatchObject({ code: 'REPORT_PARAMETER_INVALID', error: expect.stringContaining('"period"') });
  });
});
