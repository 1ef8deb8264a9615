// metakocka-health-check (defineHealthCheck): the banner Twenty shows on the app's settings page.
import { WRONG_KEY } from 'test/credentials/route-world';
import { useRouteWorld } from 'test/credentials/world-lifecycle';

const world = useRouteWorld();

describe('metakocka-health-check', () => {
  it('warns that Metakocka is not connected on a fresh install', async () => {
    expect(await world().harness.healthCheck()).toMatchObject({ status: 'WARNING', title: 'Metakocka is not connected' });
  });

  it('says connected, waiting for the first sync, once credentials are saved', async () => {
    await world().connect();
    expect(await world().harness.healthCheck()).toMatchObject({ status: 'INFO', title: 'Connected to Metakocka; no sync has run yet' });
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
    const created = await fetch(`${world().standIn.url}/graphql`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${world().standIn.apiKey}` },
      body: JSON.stringify({ query: 'mutation($d: MetakockaSyncRunCreateInput!) { createMetakockaSyncRun(data: $d) { id } }',
        variables: { d: { name: 'partners pull', status: 'SUCCEEDED', startedAt: '2026-11-25T10:00:00.000Z', finishedAt: '2026-11-25T10:05:00.000Z' } } }),
    });
    expect(((await created.json()) as { errors?: unknown }).errors).toBeUndefined();
    expect(await world().harness.healthCheck()).toMatchObject({ status: 'SUCCESS', title: 'Connected to Metakocka; last sync 25 Nov 2026, 11:05 (Europe/Ljubljana)' });
  });
});
