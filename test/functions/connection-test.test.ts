// connection-test (route /metakocka/connection/test): the doctor's checks, each with its fix, against the sandbox.
import { COMPANY_ID, CREDENTIAL_ROUTES, MANAGER, MEMBER, SANDBOX_KEY, WRONG_KEY } from 'test/credentials/route-world';
import { useRouteWorld } from 'test/credentials/world-lifecycle';

const world = useRouteWorld();
const PATH = CREDENTIAL_ROUTES.connectionTest; // '/metakocka/connection/test'

describe('connection-test', () => {
  it('runs every doctor check against Metakocka and reports each as passed', async () => {
    const { sandbox, harness } = world();
    const reply = await harness.route(`/s${PATH}`, {
      method: 'POST',
      body: { endpoint: 'custom', customUrl: sandbox.url, companyId: COMPANY_ID, secretKey: SANDBOX_KEY },
      as: MANAGER,
    });

    expect(reply.status).toBe(200);
    const report = reply.body as {
      ok: boolean;
      checks: Array<{ id: string; outcome: string }>;
      methodsCalled: string[];
    };
    expect(report.ok).toBe(true);
    expect(report.checks.map((check) => check.id)).toEqual([
      'config',
      'reachability',
      'family-a',
      'credentials',
      'family-b',
      'partners',
      'products',
      'documents',
      'serial-search',
    ]);
    expect(report.checks.every((check) => check.outcome === 'pass')).toBe(true);
    // What the page reports is what Metakocka actually received.
    const received = sandbox.calls.byMethod();
    expect(received).toMatchObject({ warehouse_list: 1, get_partner: 1, product_list: 1 });
    expect(Object.keys(received).sort()).toEqual([...new Set(report.methodsCalled)].sort());
    expect(world().variables().METAKOCKA_SECRET_KEY).toBeUndefined(); // a test saves nothing
  });

  it('names the failing check and its fix for a wrong key, and skips what depends on it', async () => {
    const { sandbox } = world();
    const reply = await world().post(
      PATH,
      { endpoint: 'custom', customUrl: sandbox.url, companyId: COMPANY_ID, secretKey: WRONG_KEY },
      MANAGER,
    );

    expect(reply.status).toBe(200);
    expect(reply.body.ok).toBe(false);
    expect(reply.body.diagnosis).toMatchObject({ checkId: 'credentials', fix: expect.stringMatching(/secret key/i) });
    const outcomes = Object.fromEntries(
      reply.body.checks.map((check: { id: string; outcome: string }) => [check.id, check.outcome]),
    );
    expect(outcomes).toMatchObject({ reachability: 'pass', credentials: 'fail', partners: 'skip' });
    expect(sandbox.calls.byMethod()).toEqual({ warehouse_list: 1 });
    expect(JSON.stringify(reply.body)).not.toContain(WRONG_KEY);
  });

  it('tests the stored credentials when the form leaves the key empty', async () => {
    const { sandbox } = world();
    await world().connect();
    const callsBefore = sandbox.calls.total();
    const reply = await world().post(
      PATH,
      { endpoint: 'custom', customUrl: sandbox.url, companyId: COMPANY_ID, secretKey: '' },
      MANAGER,
    );
    expect(reply.body.ok).toBe(true);
    expect(sandbox.calls.total()).toBeGreaterThan(callsBefore);
  });

  it('refuses a member without the permission and calls nothing', async () => {
    const { sandbox } = world();
    const reply = await world().post(
      PATH,
      { endpoint: 'custom', customUrl: sandbox.url, companyId: COMPANY_ID, secretKey: SANDBOX_KEY },
      MEMBER,
    );
    expect(reply.status).toBe(403);
    expect(sandbox.calls.total()).toBe(0);
  });
});
