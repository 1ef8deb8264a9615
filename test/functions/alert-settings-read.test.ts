// alert-settings-read (route /metakocka/alerts): any signed-in member sees who is alerted and whether the webhook is
// signed; before anyone chose recipients, alerts go to the manager who last saved the connection.
import { ALERT_ROUTES, CREDENTIAL_ROUTES } from 'plugin/constants/route-paths';
import { COMPANY_ID, MANAGER, SANDBOX_KEY } from 'test/e2e/sync-world';
import { MEMBER, useAlertWorld } from 'test/e2e/alerts-world';

const alerts = useAlertWorld();

describe('alert-settings-read', () => {
  it('shows the defaults, and the manager who saved the connection as the recipient until someone chooses', async () => {
    const before = await alerts.route(ALERT_ROUTES.read, {}, MEMBER);
    expect(before.status).toBe(200);
    expect(before.body).toMatchObject({
      settings: { recipients: [], failingRunsInARow: 3, digest: { enabled: true, at: '07:30' }, webhookUrl: null },
      webhook: { secretSet: false, lastDelivery: null },
      canManage: false,
    });
    // Whom a manager can pick: the workspace's members by name, never by id alone.
    expect(before.body.members).toContainEqual({
      id: MEMBER.workspaceMemberId,
      name: expect.not.stringContaining(MEMBER.workspaceMemberId),
    });
    expect((await alerts.route(ALERT_ROUTES.read, {}, MANAGER)).body.canManage).toBe(true);

    const saved = await alerts.route(CREDENTIAL_ROUTES.organisationSave, {
      endpoint: 'custom',
      customUrl: alerts.world().sandbox.url,
      companyId: COMPANY_ID,
      secretKey: SANDBOX_KEY,
    });
    expect(saved.status).toBe(200);

    const after = await alerts.route(ALERT_ROUTES.read, {}, MEMBER);
    expect(after.body.effectiveRecipients).toEqual([MANAGER.workspaceMemberId]);
  });
});
