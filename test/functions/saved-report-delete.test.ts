// saved-report-delete (route /metakocka/reports/saved/delete): a member deletes their own saved report; a scheduled
// one only a manager deletes, audited, and its deliveries stop.
import { COLLEAGUE, MANAGER, MEMBER, SALES_BY_MONTH, useSavedReportsWorld } from 'test/e2e/saved-reports-world';

const reports = useSavedReportsWorld();
const PATH = '/metakocka/reports/saved/delete';

describe(`saved-report-delete (${PATH})`, () => {
  it("deletes a member's own report, and refuses a colleague", async () => {
    const { body } = await reports.save({ name: 'Mine', ...SALES_BY_MONTH }, MEMBER);
    const id = body.savedReport.id;
    expect((await reports.remove(id, COLLEAGUE)).body).toMatchObject({ code: 'REPORT_SAVED_NOT_YOURS' });
    expect(reports.savedRows()).toHaveLength(1);

    const reply = await reports.remove(id, MEMBER);
    expect(reply).toEqual({ status: 200, body: { deleted: id } });
    expect(reports.savedRows()).toHaveLength(0);
    expect((await reports.remove(id, MEMBER)).status).toBe(404);
  });

  it('lets only a manager delete a scheduled report, audited', async () => {
    const schedule = { frequency: 'monthly', time: '06:00', dayOfMonth: 31, recipients: [MEMBER.workspaceMemberId] };
    const { body } = await reports.save({ name: 'Monthly', ...SALES_BY_MONTH, schedule }, MANAGER);
    const id = body.savedReport.id;

    const refused = await reports.remove(id, MEMBER);
    expect(refused.status).toBe(403);
    expect(refused.body).toMatchObject({ code: 'REPORT_SCHEDULE_NEEDS_MANAGER' });

    expect((await reports.remove(id, MANAGER)).status).toBe(200);
    expect(reports.savedRows()).toHaveLength(0);
    const deletion = reports.audits().at(-1);
    expect(deletion).toMatchObject({ actorWorkspaceMemberId: MANAGER.workspaceMemberId, after: null });
    expect(JSON.parse(deletion.before).schedule.dayOfMonth).toBe(31);
  });
});
