// organisation-credentials-read (route /metakocka/credentials/organisation/read): facts about the connection, never the key.
import { COMPANY_ID, CREDENTIAL_ROUTES, MANAGER, MEMBER, SANDBOX_KEY } from 'test/credentials/route-world';
import { useRouteWorld } from 'test/credentials/world-lifecycle';

const world = useRouteWorld();
const PATH = CREDENTIAL_ROUTES.organisationRead; // '/metakocka/credentials/organisation/read'

describe('organisation-credentials-read', () => {
  it('says that nothing is set on a fresh install', async () => {
    const reply = await world().harness.route(`/s${PATH}`, { method: 'POST', body: {}, as: MANAGER });
    expect(reply).toMatchObject({ status: 200, body: { companyId: null, secretKeySet: false, changedAt: null } });
  });

  it('answers the company id, endpoint and when the key changed, but not the key', async () => {
    await world().connect();
    const reply = await world().post(PATH, {}, MANAGER);

    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({
      companyId: COMPANY_ID,
      secretKeySet: true,
      apiUrl: world().sandbox.url,
      endpoint: 'custom',
      changedAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T/),
      changedOutsideApp: false,
      lastCheck: expect.objectContaining({ ok: true }),
    });
    expect(JSON.stringify(reply.body)).not.toContain(SANDBOX_KEY);
  });

  it('refuses a member without the permission, saying what to ask for', async () => {
    await world().connect();
    const reply = await world().post(PATH, {}, MEMBER);
    expect(reply.status).toBe(403);
    expect(reply.body.action).toMatch(/Manage Metakocka/);
    expect(JSON.stringify(reply.body)).not.toContain(COMPANY_ID);
  });
});
