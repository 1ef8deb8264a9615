// health-status (route /metakocka/health): the settings page's status header.
import { CREDENTIAL_ROUTES, MANAGER, MEMBER, WRONG_KEY } from 'test/credentials/route-world';
import { useRouteWorld } from 'test/credentials/world-lifecycle';

const world = useRouteWorld();
const PATH = CREDENTIAL_ROUTES.health; // '/metakocka/health'
const createRun = (run: Record<string, unknown>) => world().standIn.seed('metakockaSyncRun', [run]);

describe('health-status', () => {
  it('says what is missing before anything is configured', async () => {
    const reply = await world().harness.route(`/s${PATH}`, { method: 'POST', body: {}, as: MANAGER });
    expect(reply.body).toMatchObject({ state: 'NOT_CONFIGURED', missing: ['companyId', 'secretKey'] });
  });

  it('is connected without a sync after a verified save, and does not call Metakocka again to say so', async () => {
    await world().connect();
    const calls = world().sandbox.calls.total();
    const reply = await world().post(PATH, {}, MANAGER);
    expect(reply.body).toMatchObject({ state: 'NEVER_SYNCED', changedOutsideAppAt: null });
    expect(world().sandbox.calls.total()).toBe(calls);
  });

  it("notices a key changed in Twenty's variables editor, checks it live and reports it refused", async () => {
    await world().connect();
    world().standIn.appVariables.set('METAKOCKA_SECRET_KEY', WRONG_KEY); // what Twenty's own variables editor does
    const reply = await world().post(PATH, {}, MANAGER);
    expect(reply.body).toMatchObject({
      state: 'CREDENTIALS_REFUSED',
      changedOutsideAppAt: expect.any(String),
      fix: expect.stringMatching(/secret key/i),
    });
    expect(world().rows('metakockaAuditEntry').at(-1)).toMatchObject({
      action: 'organisation-credentials.changed-outside-app',
      actorWorkspaceMemberId: null,
    });
  });

  it('gives the last finished sync as the last sync while another one runs, and says one is running', async () => {
    await world().connect();
    createRun({
      name: 'products run',
      status: 'SUCCEEDED',
      startedAt: '2026-11-25T10:00:00.000Z',
      finishedAt: '2026-11-25T10:05:00.000Z',
    });
    createRun({ name: 'partners run', status: 'RUNNING', startedAt: '2026-11-25T11:00:00.000Z' });

    const reply = await world().post(PATH, {}, MANAGER);

    expect(reply.body).toMatchObject({
      state: 'HEALTHY',
      lastSync: { status: 'SUCCEEDED', finishedAt: '2026-11-25T10:05:00.000Z' },
      runningSince: '2026-11-25T11:00:00.000Z',
    });
  });

  it('refuses a member without the permission', async () => {
    expect((await world().post(PATH, {}, MEMBER)).status).toBe(403);
  });
});
