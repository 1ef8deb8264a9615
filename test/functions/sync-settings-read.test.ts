// sync-settings-read (route /metakocka/sync/settings): the settings with their defaults, for managers only.
import { SYNC_ROUTES } from 'server/sync/route-paths';
import { MANAGER } from 'test/e2e/sync-world';
import { useSyncWorld } from 'test/e2e/use-sync-world';

const world = useSyncWorld({ partners: 0, products: 0 });
const PATH = `/s${SYNC_ROUTES.settingsRead}`; // '/metakocka/sync/settings'

describe('sync-settings-read', () => {
  it('answers the documented defaults before anything was saved', async () => {
    const reply = await world().harness.route(PATH, { method: 'GET', as: MANAGER });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ settings: { streams: { partners: { enabled: true, everyMinutes: 60 }, products: { enabled: true } }, conflicts: { partners: 'ask' }, batchSize: 200, dryRun: false } });
  });

  it('refuses a member without the Manage Metakocka permission', async () => {
    const reply = await world().harness.route(PATH, { method: 'GET', as: { workspaceMemberId: '7a1d3c2a-0c4e-4b9a-9d55-1a2b3c4d5e09', flags: [] } });
    expect(reply.status).toBe(403);
  });
});
