// sync-settings-reset (route /metakocka/sync/settings/reset): a manager puts the settings back to their defaults when
// the stored document can no longer be saved; audited with the document before and after.
import { DEFAULT_SETTINGS } from 'server/settings/schema';
import { SETTINGS_KV_KEY } from 'server/settings/store';
import { SYNC_ROUTES } from 'plugin/constants/route-paths';
import { MANAGER } from 'test/e2e/sync-world';
import { useSyncWorld } from 'test/e2e/use-sync-world';

const world = useSyncWorld({ partners: 0, products: 0 });
const PATH = `/s${SYNC_ROUTES.settingsReset}`; // '/metakocka/sync/settings/reset'
const MEMBER = { workspaceMemberId: '7a1d3c2a-0c4e-4b9a-9d55-1a2b3c4d5e09', flags: [] };
// A stored value this version refuses (a downgrade lowered the cap) and a key it does not know.
const BROKEN = { dryRun: true, pagesPerJob: 80, legacyExport: 'value-7f3a9c' };

describe('sync-settings-reset', () => {
  it('refuses a member without the Manage Metakocka permission and leaves the stored document alone', async () => {
    world().standIn.kv.set(SETTINGS_KV_KEY, BROKEN);

    const reply = await world().harness.route(PATH, { method: 'POST', body: {}, as: MEMBER });

    expect(reply.status).toBe(403);
    expect(world().standIn.kv.get(SETTINGS_KV_KEY)).toEqual(BROKEN);
    expect(world().rows('metakockaAuditEntry')).toEqual([]);
  });

  it('puts a document that blocked every save back to the defaults, and audits who did it with before and after', async () => {
    world().standIn.kv.set(SETTINGS_KV_KEY, BROKEN);
    const save = await world().harness.route(`/s${SYNC_ROUTES.settingsSave}`, {
      method: 'POST',
      body: { dryRun: false },
      as: MANAGER,
    });
    expect(save.body).toMatchObject({
      code: 'SETTINGS_INVALID',
      error: expect.stringContaining('pagesPerJob'),
      action: expect.stringContaining(SYNC_ROUTES.settingsReset),
    });

    const reply = await world().harness.route(PATH, { method: 'POST', body: {}, as: MANAGER });

    expect(reply.status).toBe(200);
    expect(reply.body).toEqual({ settings: JSON.parse(JSON.stringify(DEFAULT_SETTINGS)) });
    expect(world().standIn.kv.get(SETTINGS_KV_KEY)).toEqual(JSON.parse(JSON.stringify(DEFAULT_SETTINGS)));
    const read = await world().harness.route(`/s${SYNC_ROUTES.settingsRead}`, { method: 'GET', as: MANAGER });
    expect(read.status).toBe(200);
    const [entry, ...others] = world().rows('metakockaAuditEntry');
    expect(others).toEqual([]);
    expect(entry).toMatchObject({
      action: 'settings.reset',
      actorWorkspaceMemberId: MANAGER.workspaceMemberId,
      after: JSON.stringify(DEFAULT_SETTINGS),
    });
    expect(entry!.before).toMatch(/pagesPerJob.*legacyExport/);
    expect(JSON.stringify(entry)).not.toContain('value-7f3a9c');
  });
});
