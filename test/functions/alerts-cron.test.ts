// alerts-cron (issue 18 item 1): one task per recipient and one signed webhook message per cause, not per failure;
// a repeat adds nothing; a cause that was resolved and comes back alerts again; streams failing run after run alert
// once; the daily digest says what is new, once per day, and nothing when nothing is.
import { ALERT_ROUTES } from 'plugin/constants/route-paths';
import { verifySignature } from 'server/alerts/webhook';
import { DIGEST_STATE_KEY } from 'server/alerts/digest';
import { MANAGER } from 'test/e2e/sync-world';
import { useAlertWorld } from 'test/e2e/alerts-world';

const alerts = useAlertWorld();
const { world, receiver } = alerts;
const signed = (message: { body: string; headers: Record<string, unknown> }, secret: string) =>
  verifySignature(secret, message.body, String(message.headers['x-metakocka-signature']));

async function alertPass() {
  const summary = (await world().harness.cron('alerts-cron')) as { alerted: string[]; digest: string };
  await world().drain();
  return summary;
}

describe('a CRITICAL cause', () => {
  it('gives the recipient one task linked to the issue and the webhook one signed message; a repeat adds none', async () => {
    const secret = await alerts.connectWebhook();
    const tasksBefore = alerts.tasks().length;
    const firstIssue = await alerts.openIssue();

    const pass = await alertPass();

    expect(pass.alerted).toEqual(['critical:PARTNERS:MK_AUTH']);
    const added = alerts.tasks().slice(tasksBefore);
    expect(added).toHaveLength(1);
    expect(added[0]).toMatchObject({ assigneeId: MANAGER.workspaceMemberId, status: 'TODO' });
    expect(added[0].title).toBe('Metakocka: the partners sync is stopped (MK_AUTH)');
    expect(alerts.targets().filter((target) => target.taskId === added[0].id)).toEqual([
      expect.objectContaining({ targetMetakockaSyncIssueId: firstIssue }),
    ]);
    expect(receiver.received).toHaveLength(1);
    expect(signed(receiver.received[0]!, secret)).toBe(true);
    expect(JSON.parse(receiver.received[0]!.body)).toMatchObject({
      event: 'alert.critical',
      stream: 'PARTNERS',
      code: 'MK_AUTH',
      issueIds: [firstIssue],
      text: expect.stringContaining('MK_AUTH'),
    });

    // The same cause again: a second issue of it, two more passes.
    receiver.received = [];
    await alerts.openIssue();
    await alertPass();
    await alertPass();
    expect(alerts.tasks()).toHaveLength(tasksBefore + 1);
    expect(receiver.received).toEqual([]);
  });

  it('writes no task once a manager turned CRITICAL tasks off; the webhook still tells of it', async () => {
    await alerts.connectWebhook();
    expect((await alerts.route(ALERT_ROUTES.save, { criticalTasks: false })).status).toBe(200);
    const tasksBefore = alerts.tasks().length;
    await alerts.openIssue();

    expect((await alertPass()).alerted).toEqual(['critical:PARTNERS:MK_AUTH']);
    expect(alerts.tasks()).toHaveLength(tasksBefore);
    expect(receiver.received.map((message) => JSON.parse(message.body).event)).toEqual(['alert.critical']);
  });

  it('alerts again once it was resolved and comes back', async () => {
    await alerts.connectWebhook();
    await alerts.openIssue();
    await alertPass();
    await alerts.resolveAll();
    await alertPass(); // the cause is gone, and forgotten
    receiver.received = [];
    const tasksBefore = alerts.tasks().length;

    await alerts.openIssue();
    await alertPass();

    expect(alerts.tasks()).toHaveLength(tasksBefore + 1);
    expect(receiver.received).toHaveLength(1);
  });
});

describe('failing runs in a row', () => {
  it('alert once per stream, with a task linked to the newest failed run', async () => {
    await alerts.route(ALERT_ROUTES.save, { recipients: [] }); // the saving manager
    const tasksBefore = alerts.tasks().length;
    const runs = [await alerts.failedRun('STOCK', 1), await alerts.failedRun('STOCK', 2)];
    expect((await alertPass()).alerted).toEqual([]); // two failures are not yet three in a row
    runs.push(await alerts.failedRun('STOCK', 3));

    const pass = await alertPass();
    await alertPass();

    expect(pass.alerted).toEqual(['failing:STOCK']);
    const added = alerts.tasks().slice(tasksBefore);
    expect(added).toHaveLength(1);
    expect(added[0].title).toBe('Metakocka: the stock sync failed 3 times in a row');
    expect(alerts.targets().find((target) => target.taskId === added[0].id)).toMatchObject({
      targetMetakockaSyncRunId: runs[2],
    });
  });
});

describe('the daily digest', () => {
  const DAY = 24 * 3_600_000;

  it('lists what is new since the last one, counted by class and stream, once per day', async () => {
    const at = new Date(world().harness.now() + 3_600_000);
    const hhmm = new Intl.DateTimeFormat('en-GB', {
      timeZone: 'Europe/Ljubljana',
      hour: '2-digit',
      minute: '2-digit',
      hourCycle: 'h23',
    }).format(at);
    await alerts.connectWebhook();
    const saved = await alerts.route(ALERT_ROUTES.save, { digest: { enabled: true, at: hhmm } });
    expect(saved.status).toBe(200);
    world().standIn.kv.delete(DIGEST_STATE_KEY);
    await alertPass(); // the first pass only marks where the next digest starts
    receiver.received = [];
    const tasksBefore = alerts.tasks().length;

    world().harness.advance(30 * 60_000);
    await alerts.openIssue({ severity: 'ERROR', errorCode: 'MK_VALIDATION', stream: 'DOCUMENTS', status: 'RESOLVED' });
    await alerts.openIssue({
      severity: 'WARNING',
      kind: 'CONFLICT',
      errorCode: null,
      stream: 'PARTNERS',
      status: 'RESOLVED',
    });
    await alerts.openIssue({ severity: 'ERROR', errorCode: 'MK_VALIDATION', stream: 'DOCUMENTS', status: 'RESOLVED' });
    world().harness.advance(45 * 60_000); // past the digest time

    const pass = await alertPass();
    const again = await alertPass();

    expect(pass.digest).toBe('sent');
    expect(again.digest).toBe('not-due');
    const [digest, ...others] = alerts.tasks().slice(tasksBefore);
    expect(others).toEqual([]);
    expect(digest.title).toMatch(/^Metakocka: daily summary for \d{1,2} \w+ \d{4}$/);
    expect(digest.assigneeId).toBe(MANAGER.workspaceMemberId);
    const body = JSON.stringify(digest.bodyV2);
    expect(body).toContain('3 new sync issues since the last summary.');
    expect(body).toContain('errors 2, conflicts 1');
    expect(body).toContain('partners 1, sales documents 2');
    expect(body).toContain('MK_VALIDATION');
    expect(receiver.received.map((message) => JSON.parse(message.body).event)).toEqual(['digest']);

    world().harness.advance(DAY);
    receiver.received = [];
    const quiet = await alertPass();
    expect(quiet.digest).toBe('nothing-new');
    expect(alerts.tasks().slice(tasksBefore)).toHaveLength(1);
    expect(receiver.received).toEqual([]);
  });
});
