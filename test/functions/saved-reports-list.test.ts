// saved-reports-list (route /metakocka/reports/saved): every member sees the workspace's saved reports, which of them
// they may change, each schedule's next delivery, and that a schedule's recipients see everything the report shows.
import { COLLEAGUE, MANAGER, MEMBER, SALES_BY_MONTH, useSavedReportsWorld } from 'test/e2e/saved-reports-world';

const reports = useSavedReportsWorld();
const PATH = '/metakocka/reports/saved';

describe(`saved-reports-list (${PATH})`, () => {
  it('lists saved reports by name with who may change them and when each schedule delivers next', async () => {
    await reports.save({ name: 'Zaloga', template: 'stock', parameters: { lowStockOnly: true } }, MEMBER);
    const weekly = { frequency: 'weekly', time: '08:00', weekday: 1, recipients: [MEMBER.workspaceMemberId] };
    await reports.save({ name: 'Čakajoči računi', ...SALES_BY_MONTH, schedule: weekly }, MANAGER);

    const asColleague = await reports.list(COLLEAGUE);
    expect(asColleague.status).toBe(200);
    const { savedReports, scheduleAccess } = asColleague.body;
    expect(savedReports.map((r: any) => r.name)).toEqual(['Čakajoči računi', 'Zaloga']);
    expect(savedReports.map((r: any) => r.canChange)).toEqual([false, false]);
    expect(scheduleAccess).toEqual({ runsWith: 'app', recipientsSeeEverything: true, callerMaySchedule: false });
    // The next Monday 08:00 in Ljubljana.
    const next = new Date(savedReports[0].nextDeliveryAt);
    const local = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Ljubljana',
      weekday: 'long',
      hour: '2-digit',
      minute: '2-digit',
    }).format(next);
    expect(local).toBe('Monday 08:00');
    expect(next.getTime() - reports.world.harness.now()).toBeLessThanOrEqual(7 * 86_400_000);

    const asOwner = (await reports.list(MEMBER)).body.savedReports;
    expect(asOwner.map((r: any) => r.canChange)).toEqual([false, true]);
    const asManager = await reports.list(MANAGER);
    expect(asManager.body.savedReports.map((r: any) => r.canChange)).toEqual([true, true]);
    expect(asManager.body.scheduleAccess.callerMaySchedule).toBe(true);
  });

  it('refuses an app token: saved reports are listed for a signed-in member', async () => {
    expect((await reports.world.harness.route(`/s${PATH}`, { method: 'GET', as: 'application' })).status).toBe(401);
  });
});
