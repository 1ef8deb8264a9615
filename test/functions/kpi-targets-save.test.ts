// kpi-targets-save (route /metakocka/reports/kpis/targets): only a manager sets KPI targets, audited naming them; a
// wrong target is refused by name; a month that missed its targets raises one alert (task + webhook) per period.
import { ALERT_ROUTES, REPORT_ROUTES } from 'plugin/constants/route-paths';
import { MANAGER, MEMBER, useSavedReportsWorld } from 'test/e2e/saved-reports-world';

const reports = useSavedReportsWorld();
const PATH = '/metakocka/reports/kpis/targets';

const post = (path: string, body: unknown, as = MANAGER) =>
  reports.world.harness.route(`/s${path}`, { method: 'POST', body, as }) as Promise<{ status: number; body: any }>;
const tick = async () => ((await reports.world.harness.cron('reports-cron')) as { kpiAlerts: any }).kpiAlerts;

describe(`kpi-targets-save (${PATH})`, () => {
  it('refuses a member, names a wrong target, and audits a manager’s change', async () => {
    expect((await post(REPORT_ROUTES.kpiTargetsSave, { monthly: { newCustomers: 3 } }, MEMBER)).status).toBe(403);
    const wrong = await post(REPORT_ROUTES.kpiTargetsSave, {
      monthly: { revenue: { EUR: '12,5' }, syncHealthRate: 140 },
    });
    expect(wrong.status).toBe(422);
    expect(wrong.body.code).toBe('KPI_TARGETS_INVALID');
    expect(wrong.body.error).toContain('monthly.revenue.EUR');
    expect(wrong.body.error).toContain('monthly.syncHealthRate');

    const saved = await post(REPORT_ROUTES.kpiTargetsSave, { monthly: { newCustomers: 3, syncHealthRate: 95 } });
    expect(saved.status).toBe(200);
    const entry: any = reports.world.standIn.store
      .rows('metakockaAuditEntry')
      .find((row: any) => row.action === 'reports.kpi-targets-saved');
    expect(entry).toMatchObject({ actorWorkspaceMemberId: MANAGER.workspaceMemberId });
    expect(JSON.parse(entry.after).monthly.newCustomers).toBe(3);
  });

  it('alerts the alert recipients once per month that missed a target, in their language', async () => {
    reports.world.standIn.kv.set(`language:member:${MEMBER.workspaceMemberId}`, 'sl');
    expect((await post(ALERT_ROUTES.save, { recipients: [MEMBER.workspaceMemberId] })).status).toBe(200);
    // No documents: last month had no new customers, short of the target of 3.
    await post(REPORT_ROUTES.kpiTargetsSave, { monthly: { newCustomers: 3 } });

    expect(await tick()).toMatchObject({ ran: true, missed: 1, tasks: 1 });
    expect(await tick()).toMatchObject({ ran: false });
    const tasks: any[] = reports.world.standIn.store.rows('task');
    expect(tasks).toHaveLength(1);
    expect(tasks[0]).toMatchObject({ assigneeId: MEMBER.workspaceMemberId });
    expect(tasks[0].title).toMatch(/^Metakocka: 1 kazalnik v mesecu \d{4}-\d{2} ni dosegel cilja$/);

    // A month later the next period is measured, once.
    reports.world.harness.advance(32 * 86_400_000);
    expect(await tick()).toMatchObject({ ran: true, missed: 1 });
    expect(await tick()).toMatchObject({ ran: false });
    expect(reports.world.standIn.store.rows('task')).toHaveLength(2);
  });
});
