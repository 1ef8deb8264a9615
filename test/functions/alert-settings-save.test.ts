// alert-settings-save (route /metakocka/alerts/save): managers only, audited, invalid values refused whole and
// named, http refused unless it is a listed loopback origin, and an empty recipient list means the saving manager.
import { ALERT_ROUTES } from 'plugin/constants/route-paths';
import { MANAGER } from 'test/e2e/sync-world';
import { MEMBER, useAlertWorld } from 'test/e2e/alerts-world';

const alerts = useAlertWorld();

describe('alert-settings-save', () => {
  it('refuses a member without Manage Metakocka and stores nothing', async () => {
    const reply = await alerts.route(ALERT_ROUTES.save, { failingRunsInARow: 5 }, MEMBER);
    expect(reply.status).toBe(403);
    expect((await alerts.route(ALERT_ROUTES.read)).body.settings.failingRunsInARow).toBe(3);
  });

  it('refuses an invalid change whole, naming each setting', async () => {
    const reply = await alerts.route(ALERT_ROUTES.save, {
      failingRunsInARow: 0,
      digest: { enabled: true, at: '25:00' },
    });
    expect(reply.status).toBe(422);
    expect(reply.body).toMatchObject({ code: 'ALERT_SETTINGS_INVALID' });
    expect(reply.body.error).toContain('failingRunsInARow');
    expect(reply.body.error).toContain('digest.at');
    expect((await alerts.route(ALERT_ROUTES.read)).body.settings.failingRunsInARow).toBe(3);
  });

  it('refuses a plain http address that is not a listed loopback origin', async () => {
    const reply = await alerts.route(ALERT_ROUTES.save, { webhookUrl: 'http://alerts.example.si/hook' });
    expect(reply.status).toBe(422);
    expect(reply.body).toMatchObject({ code: 'ALERT_WEBHOOK_URL_REFUSED' });
  });

  it('saves, defaults the recipients to the saving manager, and audits before and after', async () => {
    const reply = await alerts.route(ALERT_ROUTES.save, { recipients: [], failingRunsInARow: 5 });
    expect(reply.status).toBe(200);
    expect(reply.body.settings).toMatchObject({ recipients: [MANAGER.workspaceMemberId], failingRunsInARow: 5 });
    const entry: any = alerts
      .world()
      .rows('metakockaAuditEntry')
      .find((row: any) => row.action === 'alerts.settings-saved');
    expect(entry).toMatchObject({ actorWorkspaceMemberId: MANAGER.workspaceMemberId });
    expect(JSON.parse(entry.before).failingRunsInARow).toBe(3);
    expect(JSON.parse(entry.after).failingRunsInARow).toBe(5);
  });
});
