// organisation-credentials-save (route /metakocka/credentials/organisation/save): saves only what Metakocka accepts.
import {
  COMPANY_ID,
  CREDENTIAL_ROUTES,
  MANAGER,
  MEMBER,
  SANDBOX_KEY,
  TWENTY_ADMIN,
  WRONG_KEY,
} from 'test/credentials/route-world';
import { useRouteWorld } from 'test/credentials/world-lifecycle';

const world = useRouteWorld();
const PATH = CREDENTIAL_ROUTES.organisationSave; // '/metakocka/credentials/organisation/save'

describe('organisation-credentials-save', () => {
  it('checks the credentials live against Metakocka, saves them as application variables and audits the change', async () => {
    const { sandbox, harness } = world();
    const reply = await harness.route(`/s${PATH}`, {
      method: 'POST',
      body: { endpoint: 'custom', customUrl: sandbox.url, companyId: COMPANY_ID, secretKey: SANDBOX_KEY },
      as: MANAGER,
    });

    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({
      saved: true,
      facts: {
        companyId: COMPANY_ID,
        secretKeySet: true,
        apiUrl: sandbox.url,
        endpoint: 'custom',
        changedOutsideApp: false,
      },
      report: { ok: true },
    });
    expect(world().variables()).toMatchObject({
      METAKOCKA_COMPANY_ID: COMPANY_ID,
      METAKOCKA_SECRET_KEY: SANDBOX_KEY,
      METAKOCKA_API_URL: sandbox.url,
    });
    expect(sandbox.calls.byMethod()).toMatchObject({ warehouse_list: 1, get_partner: 1, product_list: 1 });
    expect(world().rows('metakockaAuditEntry')).toEqual([
      expect.objectContaining({
        actorWorkspaceMemberId: MANAGER.workspaceMemberId,
        action: 'organisation-credentials.saved',
        target: 'organisation',
      }),
    ]);
    expect(JSON.stringify(reply.body)).not.toContain(SANDBOX_KEY);
  });

  it("refuses a wrong key with the doctor's diagnosis and saves nothing", async () => {
    const { sandbox } = world();
    await world().connect();
    const before = world().variables();

    const reply = await world().post(
      PATH,
      { endpoint: 'custom', customUrl: sandbox.url, companyId: COMPANY_ID, secretKey: WRONG_KEY },
      MANAGER,
    );

    expect(reply.status).toBe(422);
    expect(reply.body).toMatchObject({
      code: 'CONNECTION_CHECK_FAILED',
      report: { ok: false, diagnosis: { checkId: 'credentials' } },
    });
    expect(reply.body.error).toMatch(/^Nothing was saved: /);
    expect(reply.body.action).toMatch(/company id and/i);
    const credentials = reply.body.report.checks.find((check: { id: string }) => check.id === 'credentials');
    expect(credentials).toMatchObject({ outcome: 'fail', fix: expect.any(String) });
    expect(world().variables()).toEqual(before);
    expect(world().rows('metakockaAuditEntry')).toHaveLength(1); // only the first, successful save
  });

  it('refuses a member without the permission before anything reaches Metakocka', async () => {
    const { sandbox } = world();
    const reply = await world().post(
      PATH,
      { endpoint: 'custom', customUrl: sandbox.url, companyId: COMPANY_ID, secretKey: SANDBOX_KEY },
      MEMBER,
    );

    expect(reply.status).toBe(403);
    expect(reply.body).toMatchObject({
      error: expect.stringContaining('Manage Metakocka'),
      action: expect.any(String),
    });
    expect(sandbox.calls.total()).toBe(0);
    expect(world().variables().METAKOCKA_SECRET_KEY).toBeUndefined();
  });

  it("accepts Twenty's own Applications permission in place of the app's flag", async () => {
    const { sandbox } = world();
    const reply = await world().post(
      PATH,
      { endpoint: 'custom', customUrl: sandbox.url, companyId: COMPANY_ID, secretKey: SANDBOX_KEY },
      TWENTY_ADMIN,
    );
    expect(reply.status).toBe(200);
  });

  it('keeps the stored key when the write-only field is left empty', async () => {
    const { sandbox } = world();
    await world().connect();
    const reply = await world().post(
      PATH,
      { endpoint: 'custom', customUrl: sandbox.url, companyId: COMPANY_ID, secretKey: '' },
      MANAGER,
    );
    expect(reply.status).toBe(200);
    expect(world().variables().METAKOCKA_SECRET_KEY).toBe(SANDBOX_KEY);
  });

  it('refuses plain http to a remote host, saying to use https', async () => {
    const reply = await world().post(
      PATH,
      { endpoint: 'custom', customUrl: 'http://metakocka.example.si', companyId: COMPANY_ID, secretKey: SANDBOX_KEY },
      MANAGER,
    );
    expect(reply.status).toBe(422);
    expect(reply.body).toMatchObject({ code: 'CREDENTIAL_INPUT', error: expect.stringContaining('https') });
  });
});
