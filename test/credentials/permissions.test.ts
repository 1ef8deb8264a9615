// Every credential and policy route checks the caller on the server (issue #7 "Permissions"): a member without the
// Manage Metakocka flag is refused each manager route and changes nothing; nobody anonymous reaches any route.
import { COMPANY_ID, CREDENTIAL_ROUTES, MANAGER, MEMBER, SANDBOX_KEY } from 'test/credentials/route-world';
import { allowPersonal, storePersonal } from 'test/credentials/personal-helpers';
import { useRouteWorld } from 'test/credentials/world-lifecycle';

const world = useRouteWorld();

const MANAGER_ROUTES = [
  CREDENTIAL_ROUTES.organisationRead,
  CREDENTIAL_ROUTES.organisationSave,
  CREDENTIAL_ROUTES.connectionTest,
  CREDENTIAL_ROUTES.membersList,
  CREDENTIAL_ROUTES.membersRevoke,
  CREDENTIAL_ROUTES.policyRead,
  CREDENTIAL_ROUTES.policySave,
  CREDENTIAL_ROUTES.rotateKey,
  CREDENTIAL_ROUTES.health,
];

const snapshot = () =>
  JSON.stringify({
    variables: world().variables(),
    kv: [...world().standIn.kv.entries()],
    credentials: world().standIn.store.rows('metakockaCredential'),
    audit: world().standIn.store.rows('metakockaAuditEntry').length,
    metakockaCalls: world().sandbox.calls.total(),
  });

describe('credential route permissions', () => {
  it('refuses a member without the flag on every manager route, with a reason and a next step, and nothing changes', async () => {
    await allowPersonal(world());
    await storePersonal(world(), MANAGER);
    const before = snapshot();
    const body = {
      endpoint: 'custom',
      customUrl: world().sandbox.url,
      companyId: COMPANY_ID,
      secretKey: SANDBOX_KEY,
      policy: 'REQUIRED',
      ownerWorkspaceMemberId: MANAGER.workspaceMemberId,
    };

    for (const path of MANAGER_ROUTES) {
      const reply = await world().post(path, body, MEMBER);
      expect({ path, status: reply.status }).toEqual({ path, status: 403 });
      expect(reply.body).toEqual({
        code: 'ROUTE_REFUSED',
        error: expect.stringContaining('Manage Metakocka'),
        action: expect.stringContaining('Manage Metakocka'),
      });
    }
    expect(snapshot()).toBe(before);
  }, 300_000);

  it('refuses an anonymous caller on every credential route', async () => {
    for (const path of Object.values(CREDENTIAL_ROUTES)) {
      const reply = await world().post(path, {}, 'anonymous');
      expect({ path, status: reply.status }).toEqual({ path, status: 401 });
    }
  }, 300_000);
});
