// saved-report-save (route /metakocka/reports/saved/save): a member saves a report for reuse with parameters the
// template itself checks; only a manager may schedule one (recipients see everything it shows), audited by name.
import { COLLEAGUE, MANAGER, MEMBER, SALES_BY_MONTH, useSavedReportsWorld } from 'test/e2e/saved-reports-world';

const reports = useSavedReportsWorld();
const PATH = '/metakocka/reports/saved/save';

const DAILY = (recipients: string[]) => ({ frequency: 'daily', time: '07:30', recipients, webhook: false });

describe(`saved-report-save (${PATH})`, () => {
  it('saves an unscheduled report for a member, with the parameters as the template checked them', async () => {
    const reply = await reports.save({ name: 'Prodaja H1', ...SALES_BY_MONTH });
    expect(reply.status).toBe(200);
    expect(reply.body.savedReport).toMatchObject({
      name: 'Prodaja H1',
      template: 'sales-by-month',
      parameters: { ...SALES_BY_MONTH.parameters, documentTypes: expect.arrayContaining(['SALES_BILL_DOMESTIC']) },
      schedule: null,
      savedBy: MEMBER.workspaceMemberId,
      nextDeliveryAt: null,
      canChange: true,
    });
    expect(reply.body.scheduleAccess).toEqual({
      runsWith: 'app',
      recipientsSeeEverything: true,
      callerMaySchedule: false,
    });
    expect(reports.savedRows()).toHaveLength(1);
    expect(reports.audits()).toHaveLength(0);
  });

  it('refuses an invalid parameter naming it, and saves nothing', async () => {
    const reply = await reports.save({
      name: 'Backwards',
      template: 'sales-by-month',
      parameters: { period: { from: '2026-06', to: '2026-01' } },
    });
    expect(reply.status).toBe(422);
    expect(reply.body).toMatchObject({ code: 'REPORT_PARAMETER_INVALID', error: expect.stringContaining('"period"') });
    expect(reports.savedRows()).toHaveLength(0);
  });

  it('refuses a schedule from a member without Manage Metakocka, and saves nothing', async () => {
    const reply = await reports.save({ name: 'Daily', ...SALES_BY_MONTH, schedule: DAILY([MEMBER.workspaceMemberId]) });
    expect(reply.status).toBe(403);
    expect(reply.body).toMatchObject({ code: 'REPORT_SCHEDULE_NEEDS_MANAGER' });
    expect(reply.body.error).toContain('see everything');
    expect(reports.savedRows()).toHaveLength(0);
  });

  it('lets a manager schedule a report, audits it naming the manager, and says when it is delivered next', async () => {
    const reply = await reports.save(
      {
        name: 'Daily sales',
        ...SALES_BY_MONTH,
        schedule: DAILY([MEMBER.workspaceMemberId, COLLEAGUE.workspaceMemberId]),
      },
      MANAGER,
    );
    expect(reply.status).toBe(200);
    const saved = reply.body.savedReport;
    expect(saved.schedule).toEqual(DAILY([MEMBER.workspaceMemberId, COLLEAGUE.workspaceMemberId]));
    expect(saved.scheduledBy).toBe(MANAGER.workspaceMemberId);
    expect(reply.body.scheduleAccess).toMatchObject({ recipientsSeeEverything: true, callerMaySchedule: true });
    // The next 07:30 on Ljubljana's clock, within a day of now.
    const next = Date.parse(saved.nextDeliveryAt);
    const now = reports.world.harness.now();
    expect(next).toBeGreaterThan(now);
    expect(next - now).toBeLessThanOrEqual(86_400_000);
    expect(
      new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Ljubljana', timeStyle: 'short' }).format(new Date(next)),
    ).toBe('07:30');

    const [entry] = reports.audits();
    expect(entry).toMatchObject({ actorWorkspaceMemberId: MANAGER.workspaceMemberId, before: null });
    expect(JSON.parse(entry.after).schedule.recipients).toHaveLength(2);

    // A member may not change a scheduled report, not even its name: what recipients get would change.
    const renamed = await reports.save({ id: saved.id, name: 'Mine now', ...SALES_BY_MONTH }, MEMBER);
    expect(renamed.status).toBe(403);
    // The manager removes the schedule: audited with before and after.
    const unscheduled = await reports.save({ id: saved.id, name: 'Daily sales', ...SALES_BY_MONTH }, MANAGER);
    expect(unscheduled.body.savedReport).toMatchObject({ schedule: null, nextDeliveryAt: null });
    expect(reports.audits()).toHaveLength(2);
    expect(JSON.parse(reports.audits()[1].after).schedule).toBeNull();
  });

  it('names the schedule setting it refuses, and a recipient who is not a member', async () => {
    const weekly = await reports.save(
      { name: 'Weekly', ...SALES_BY_MONTH, schedule: { ...DAILY([MEMBER.workspaceMemberId]), frequency: 'weekly' } },
      MANAGER,
    );
    expect(weekly.status).toBe(422);
    expect(weekly.body).toMatchObject({ code: 'REPORT_SCHEDULE_INVALID', error: expect.stringContaining('"weekday"') });

    const stranger = 'e5f6a7b8-0c4e-4b9a-9d55-1a2b3c4d5e99';
    const unknown = await reports.save({ name: 'Daily', ...SALES_BY_MONTH, schedule: DAILY([stranger]) }, MANAGER);
    expect(unknown.status).toBe(422);
    expect(unknown.body).toMatchObject({ code: 'REPORT_SCHEDULE_RECIPIENT_UNKNOWN' });
    expect(unknown.body.error).toContain(stranger);
    expect(reports.savedRows()).toHaveLength(0);
  });

  it("refuses a change to another member's report", async () => {
    const { body } = await reports.save({ name: 'Ana', ...SALES_BY_MONTH }, MEMBER);
    const reply = await reports.save({ id: body.savedReport.id, name: 'Bor', ...SALES_BY_MONTH }, COLLEAGUE);
    expect(reply.status).toBe(403);
    expect(reply.body).toMatchObject({ code: 'REPORT_SAVED_NOT_YOURS' });
    expect(reports.savedRows()[0]).toMatchObject({ name: 'Ana' });
  });
});
