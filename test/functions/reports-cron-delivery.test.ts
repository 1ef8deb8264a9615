// reports-cron delivering scheduled reports: the cron in the harness, over a gap of days, delivers exactly one report
// per due slot (one for the whole gap), each recipient gets a task in their language linking to the XLSX on the
// report record, the alert webhook is told once, and the 2027 clock changes deliver a skipped time at 03:00 and a
// repeated one once. A schedule that keeps failing alerts the alert recipients (task in their language, webhook) once
// per streak of failures, its streak and last failure show on the saved report, and a delivery ends the streak.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

import { ALERT_ROUTES } from 'plugin/constants/route-paths';
import { COLLEAGUE, MANAGER, MEMBER, SALES_BY_MONTH, useSavedReportsWorld } from 'test/e2e/saved-reports-world';

const reports = useSavedReportsWorld();
const MINUTE = 60_000;
const DAY = 86_400_000;

type Pass = {
  delivered: Array<{ slot: string; reportIds: string[]; tasks: number; webhook: boolean }>;
  failed: Array<{ failuresInARow: number; alerted: boolean }>;
};
const tick = async (): Promise<Pass> =>
  ((await reports.world.harness.cron('reports-cron')) as { deliveries: Pass }).deliveries;
const moveTo = (iso: string) => reports.world.harness.advance(Date.parse(iso) - reports.world.harness.now());
const schedule = (time: string, extra: Record<string, unknown> = {}) => ({
  frequency: 'daily',
  time,
  recipients: [MEMBER.workspaceMemberId, COLLEAGUE.workspaceMemberId],
  ...extra,
});
const deliveredRecords = (): any[] =>
  reports.world.standIn.store.rows('metakockaReport').filter((row: any) => row.source?.startsWith('schedule:'));
const tasks = (): any[] => reports.world.standIn.store.rows('task');

let receiver: Server;
const received: string[] = [];
beforeAll(async () => {
  receiver = createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      received.push(body);
      response.writeHead(200).end();
    });
  });
  await new Promise<void>((resolve) => receiver.listen(0, '127.0.0.1', resolve));
});
afterAll(() => new Promise((resolve) => receiver.close(resolve)));

async function connectWebhook(recipients: string[] = []): Promise<void> {
  const url = `http://127.0.0.1:${(receiver.address() as AddressInfo).port}`;
  reports.world.standIn.appVariables.set('METAKOCKA_ALLOWED_ENDPOINTS', url);
  const post = (path: string, body: unknown) =>
    reports.world.harness.route(`/s${path}`, { method: 'POST', body, as: MANAGER });
  await post(ALERT_ROUTES.webhookSecret, {});
  expect((await post(ALERT_ROUTES.save, { webhookUrl: `${url}/hook`, recipients })).status).toBe(200);
}

describe('reports-cron delivering scheduled reports', () => {
  it('delivers once per due slot, and once for a gap of several days, with tasks in each language', async () => {
    await connectWebhook();
    received.length = 0;
    reports.world.standIn.kv.set(`language:member:${COLLEAGUE.workspaceMemberId}`, 'sl');
    const saved = await reports.save(
      { name: 'Dnevna prodaja', ...SALES_BY_MONTH, schedule: schedule('07:00', { webhook: true }) },
      MANAGER,
    );
    expect(saved.status).toBe(200);
    const firstSlot = saved.body.savedReport.nextDeliveryAt as string;

    // Saved after today's 07:00 (or before it): nothing is due until the next slot.
    expect((await tick()).delivered).toHaveLength(0);
    moveTo(firstSlot);
    reports.world.harness.advance(3 * MINUTE);
    const first = await tick();
    expect(first.delivered).toEqual([
      expect.objectContaining({ slot: firstSlot, tasks: 2, webhook: true, reportIds: expect.any(Array) }),
    ]);
    // English for one recipient, Slovenian for the other: a file each, with its own headers.
    expect(deliveredRecords()).toHaveLength(2);
    expect(deliveredRecords().every((row) => row.format === 'XLSX' && row.file?.length === 1)).toBe(true);
    expect((await tick()).delivered).toHaveLength(0);

    const [mine, theirs] = [MEMBER, COLLEAGUE].map((m) => tasks().find((t) => t.assigneeId === m.workspaceMemberId));
    expect(mine.title).toMatch(/^Metakocka report: Dnevna prodaja/);
    expect(theirs.title).toMatch(/^Poročilo Metakocka: Dnevna prodaja/);
    const targets = reports.world.standIn.store.rows('taskTarget');
    expect(targets.map((t: any) => t.targetMetakockaReportId).sort()).toEqual(first.delivered[0]!.reportIds.sort());

    // The app could not run for four days and a bit: one delivery, for the newest slot.
    reports.world.harness.advance(4 * DAY + 2 * 60 * MINUTE);
    const afterGap = await tick();
    expect(afterGap.delivered).toHaveLength(1);
    expect(Date.parse(afterGap.delivered[0]!.slot)).toBe(Date.parse(firstSlot) + 4 * DAY);
    expect((await tick()).delivered).toHaveLength(0);
    expect(tasks()).toHaveLength(4);
    expect(deliveredRecords()).toHaveLength(4);
    const list = (await reports.list(MEMBER)).body.savedReports[0];
    expect(list.lastDelivery).toMatchObject({ slot: afterGap.delivered[0]!.slot });

    await reports.world.harness.drainJobs();
    const messages = received.map((body) => JSON.parse(body));
    expect(messages.map((m) => m.event)).toEqual(['report.delivered', 'report.delivered']);
    expect(messages[0].text).toContain('Dnevna prodaja');
  });

  it('delivers a time the spring change skips (2027-03-28 02:30) at 03:00, once', async () => {
    moveTo('2027-03-27T12:00:00Z');
    await reports.save({ name: 'Nočna', ...SALES_BY_MONTH, schedule: schedule('02:30') }, MANAGER);
    moveTo('2027-03-28T00:50:00Z'); // 01:50 CET: the clock jumps at 02:00 to 03:00
    expect((await tick()).delivered).toHaveLength(0);
    moveTo('2027-03-28T01:02:00Z'); // 03:02 CEST
    expect((await tick()).delivered.map((d) => d.slot)).toEqual(['2027-03-28T01:00:00.000Z']);
    moveTo('2027-03-28T06:00:00Z');
    expect((await tick()).delivered).toHaveLength(0);
  });

  it('delivers a time that occurs twice in autumn (2027-10-31 02:30) once', async () => {
    moveTo('2027-10-30T12:00:00Z');
    await reports.save({ name: 'Nočna', ...SALES_BY_MONTH, schedule: schedule('02:30') }, MANAGER);
    moveTo('2027-10-31T00:32:00Z'); // the first 02:30, CEST
    expect((await tick()).delivered.map((d) => d.slot)).toEqual(['2027-10-31T00:30:00.000Z']);
    moveTo('2027-10-31T01:32:00Z'); // the second 02:30, CET
    expect((await tick()).delivered).toHaveLength(0);
    moveTo('2027-11-01T01:32:00Z');
    expect((await tick()).delivered.map((d) => d.slot)).toEqual(['2027-11-01T01:30:00.000Z']);
  });

  it('alerts once per streak of failed deliveries, shows the streak on the report, and ends it on a delivery', async () => {
    await connectWebhook([COLLEAGUE.workspaceMemberId]);
    received.length = 0;
    reports.world.standIn.kv.set(`language:member:${COLLEAGUE.workspaceMemberId}`, 'sl');
    const saved = await reports.save(
      {
        name: 'Tedenska prodaja',
        ...SALES_BY_MONTH,
        schedule: schedule('07:00', { recipients: [MEMBER.workspaceMemberId] }),
      },
      MANAGER,
    );
    const id = saved.body.savedReport.id as string;
    // A template this version does not have (a report saved by a newer one): every delivery of it fails.
    const setTemplate = (template: string) =>
      reports.world.standIn.store.put('metakockaSavedReport', {
        ...reports.world.standIn.store.get('metakockaSavedReport', id)!,
        template,
      });
    setTemplate('sales-by-planet');
    moveTo(saved.body.savedReport.nextDeliveryAt);
    reports.world.harness.advance(3 * MINUTE);
    const alertTasks = () => tasks().filter((t) => t.assigneeId === COLLEAGUE.workspaceMemberId);

    // The alert settings' threshold (3 failures in a row by default): two failed ticks raise nothing yet.
    const streak = async () => (await tick()).failed.map((f) => [f.failuresInARow, f.alerted]);
    expect(await streak()).toEqual([[1, false]]);
    expect(await streak()).toEqual([[2, false]]);
    expect(alertTasks()).toHaveLength(0);
    expect(await streak()).toEqual([[3, true]]);
    expect(await streak()).toEqual([[4, true]]);
    expect(alertTasks().map((t) => t.title)).toEqual([
      'Metakocka: načrtovanega poročila »Tedenska prodaja« ni bilo mogoče poslati 3-krat zapored',
    ]);
    expect(alertTasks()[0].bodyV2.markdown).toContain('Predloge poročila »sales-by-planet« ni.');

    // The report page's list: the streak and the last failure in the reader's language.
    const failure = (await reports.list(MEMBER)).body.savedReports[0].deliveryFailure;
    expect(failure).toMatchObject({
      failures: 4,
      code: 'REPORT_UNKNOWN_TEMPLATE',
      message: 'There is no report template "sales-by-planet".',
      alerted: true,
    });

    // Fixed: the next tick delivers and ends the streak; a later streak alerts again, once.
    setTemplate('sales-by-month');
    expect((await tick()).delivered).toHaveLength(1);
    expect((await reports.list(MEMBER)).body.savedReports[0].deliveryFailure).toBeNull();
    setTemplate('sales-by-planet');
    reports.world.harness.advance(DAY);
    for (let i = 0; i < 4; i++) await tick();
    expect(alertTasks()).toHaveLength(2);

    await reports.world.harness.drainJobs();
    const messages = received.map((body) => JSON.parse(body)).filter((m) => m.event === 'report.failing');
    expect(messages.map((m) => m.text)).toEqual([
      '[Metakocka] The scheduled report "Tedenska prodaja" failed 3 deliveries in a row.',
      '[Metakocka] The scheduled report "Tedenska prodaja" failed 3 deliveries in a row.',
    ]);
  });
});
