// metakocka-health-check (defineHealthCheck): the banner Twenty shows on the app's settings page.
import { WRONG_KEY } from 'test/credentials/route-world';
import { useRouteWorld } from 'test/credentials/world-lifecycle';

const world = useRouteWorld();
const createRun = (run: Record<string, unknown>) => world().standIn.seed('metakockaSyncRun', [run]);

describe('metakocka-health-check', () => {
  it('warns that Metakocka is not connected on a fresh install', async () => {
    expect(await world().harness.healthCheck()).toMatchObject({
      status: 'WARNING',
      title: 'Metakocka is not connected',
    });
  });

  it('says connected, waiting for the first sync, once credentials are saved', async () => {
    await world().connect();
    expect(await world().harness.healthCheck()).toMatchObject({
      status: 'INFO',
      title: 'Connected to Metakocka; no sync has run yet',
    });
  });

  it("reports refused credentials after someone changed the key in Twenty's variables editor, and says so", async () => {
    await world().connect();
    world().standIn.appVariables.set('METAKOCKA_SECRET_KEY', WRONG_KEY);
    const banner = (await world().harness.healthCheck()) as { status: string; title: string; description: string };
    expect(banner).toMatchObject({ status: 'ERROR', title: 'Metakocka refused the credentials' });
    expect(banner.description).toMatch(/changed outside the app on .*Europe\/Ljubljana/);
    expect(banner.description).not.toContain(WRONG_KEY);
  });

  it('shows the time of the last sync in Europe/Ljubljana when one finished', async () => {
    await world().connect();
    createRun({
      name: 'partners pull',
      status: 'SUCCEEDED',
      startedAt: '2026-11-25T10:00:00.000Z',
      finishedAt: '2026-11-25T10:05:00.000Z',
    });
    expect(await world().harness.healthCheck()).toMatchObject({
      status: 'SUCCESS',
      title: 'Connected to Metakocka; last sync 25 Nov 2026, 11:05 (Europe/Ljubljana)',
    });
  });

  it('warns when the last sync finished with issues, and says how many records and where to look', async () => {
    await world().connect();
    createRun({
      name: 'partners run',
      stream: 'PARTNERS',
      status: 'COMPLETED_WITH_ISSUES',
      failedCount: 2,
      startedAt: '2026-11-25T10:00:00.000Z',
      finishedAt: '2026-11-25T10:05:00.000Z',
    });

    const banner = await world().harness.healthCheck();

    expect(banner).toMatchObject({
      status: 'WARNING',
      title: 'The last sync 25 Nov 2026, 11:05 (Europe/Ljubljana) finished with issues',
    });
    expect((banner as { description: string }).description).toMatch(
      /^2 records could not be synced in the last partners sync\. Open "Open sync issues"/,
    );
  });

  it('shows the last finished sync as the last sync while another one is still running', async () => {
    await world().connect();
    createRun({
      name: 'products run',
      status: 'SUCCEEDED',
      startedAt: '2026-11-25T10:00:00.000Z',
      finishedAt: '2026-11-25T10:05:00.000Z',
    });
    createRun({ name: 'partners run', status: 'RUNNING', startedAt: '2026-11-25T11:00:00.000Z' });

    const banner = await world().harness.healthCheck();

    expect(banner).toMatchObject({
      status: 'SUCCESS',
      title: 'Connected to Metakocka; last sync 25 Nov 2026, 11:05 (Europe/Ljubljana)',
      description: 'A sync is running (started 25 Nov 2026, 12:00 (Europe/Ljubljana)).',
    });
  });
});
