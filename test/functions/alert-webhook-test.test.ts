// alert-webhook-test (route /metakocka/alerts/webhook/test): the "Send test" button: one signed message now, and the
// receiver's answer; without a secret nothing unsigned is sent.
import { ALERT_ROUTES } from 'plugin/constants/route-paths';
import { verifySignature } from 'server/alerts/webhook';
import { MEMBER, useAlertWorld } from 'test/e2e/alerts-world';

const alerts = useAlertWorld();
const { receiver } = alerts;

describe('alert-webhook-test', () => {
  it('sends nothing unsigned: without a secret it says what is missing', async () => {
    await alerts.route(ALERT_ROUTES.save, { webhookUrl: `${receiver.url}/hook` });
    const reply = await alerts.route(ALERT_ROUTES.webhookTest);
    expect(reply.body).toMatchObject({ ok: false, reason: expect.stringContaining('signing secret') });
    expect(receiver.received).toEqual([]);
  });

  it('is refused to a member without Manage Metakocka', async () => {
    expect((await alerts.route(ALERT_ROUTES.webhookTest, {}, MEMBER)).status).toBe(403);
  });

  it('sends one signed test message and answers what the receiver said', async () => {
    const secret = await alerts.connectWebhook();
    const reply = await alerts.route(ALERT_ROUTES.webhookTest);
    expect(reply.body).toEqual({ ok: true, status: 200 });
    expect(receiver.received).toHaveLength(1);
    const [message] = receiver.received;
    expect(verifySignature(secret, message!.body, String(message!.headers['x-metakocka-signature']))).toBe(true);
    expect(JSON.parse(message!.body)).toMatchObject({ event: 'test', text: expect.stringContaining('Metakocka') });
  });
});
