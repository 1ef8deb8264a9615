// alert-webhook-deliver: a receiver that fails is tried again after a delay, not lost; the outcome of the last
// delivery is what the alert settings show.
import { ALERT_ROUTES } from 'plugin/constants/route-paths';
import { useAlertWorld } from 'test/e2e/alerts-world';

const alerts = useAlertWorld();
const { world, receiver } = alerts;

describe('alert-webhook-deliver', () => {
  it('retries a receiver that answered 503 and shows the delivery that went through', async () => {
    await alerts.connectWebhook();
    receiver.status = 503;
    await alerts.openIssue({ stream: 'PRODUCTS', errorCode: 'MK_QUOTA' });

    await world().harness.cron('alerts-cron');
    await world().harness.drainJobs({ max: 1 }); // alert-webhook-deliver's first attempt
    const failed = await alerts.route(ALERT_ROUTES.read);
    expect(failed.body.webhook.lastDelivery).toMatchObject({ ok: false, reason: 'HTTP 503', retrying: true });
    receiver.status = 200;
    await world().drain(); // the retry waits 30 s of virtual time, then goes through

    expect(receiver.received.map((message) => JSON.parse(message.body).code)).toEqual(['MK_QUOTA', 'MK_QUOTA']);
    const read = await alerts.route(ALERT_ROUTES.read);
    expect(read.body.webhook.lastDelivery).toMatchObject({ ok: true, attempts: 2, retrying: false, reason: null });
  });

  it('gives up on a receiver that refuses (404) and says so', async () => {
    await alerts.connectWebhook();
    receiver.status = 404;
    await alerts.openIssue({ stream: 'DOCUMENTS', errorCode: 'MK_AUTH' });

    await world().harness.cron('alerts-cron');
    await world().drain();

    expect(receiver.received).toHaveLength(1);
    const read = await alerts.route(ALERT_ROUTES.read);
    expect(read.body.webhook.lastDelivery).toMatchObject({ ok: false, reason: 'HTTP 404', retrying: false });
  });
});
