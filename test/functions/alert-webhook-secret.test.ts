// alert-webhook-secret (route /metakocka/alerts/webhook/secret): a manager gets a new signing secret once; reads, the
// audit trail and the function logs never show it.
import { ALERT_ROUTES } from 'plugin/constants/route-paths';
import { MEMBER, useAlertWorld } from 'test/e2e/alerts-world';

const alerts = useAlertWorld();

describe('alert-webhook-secret', () => {
  it('is refused to a member without Manage Metakocka', async () => {
    expect((await alerts.route(ALERT_ROUTES.webhookSecret, {}, MEMBER)).status).toBe(403);
  });

  it('answers a new secret once; nothing else ever shows it', async () => {
    const created = await alerts.route(ALERT_ROUTES.webhookSecret);
    expect(created.status).toBe(200);
    const secret = created.body.secret as string;
    expect(secret).toMatch(/^[A-Za-z0-9_-]{43}$/);

    const read = await alerts.route(ALERT_ROUTES.read, {}, MEMBER);
    expect(read.body.webhook.secretSet).toBe(true);
    const audit = alerts.world().rows('metakockaAuditEntry');
    expect(audit.map((entry: any) => entry.action)).toContain('alerts.webhook-secret-created');
    const everything = JSON.stringify([read.body, audit, alerts.world().harness.runs]);
    expect(everything).not.toContain(secret);

    const second = await alerts.route(ALERT_ROUTES.webhookSecret);
    expect(second.body.secret).not.toBe(secret);
  });
});
