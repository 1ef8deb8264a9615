// sync-settings-save (route /metakocka/sync/settings/save): validated partial changes; jobs read them at once.
import { SETTINGS_KV_KEY } from 'server/settings/store';
import { SYNC_ROUTES } from 'plugin/constants/route-paths';
import { MANAGER } from 'test/e2e/sync-world';
import { useSyncWorld } from 'test/e2e/use-sync-world';

const world = useSyncWorld({ partners: 2, products: 3 });
const PATH = `/s${SYNC_ROUTES.settingsSave}`; // '/metakocka/sync/settings/save'

describe('sync-settings-save', () => {
  it('saves a change that the next run obeys without a redeploy (products switched off)', async () => {
    const reply = await world().harness.route(PATH, {
      method: 'POST',
      body: { streams: { products: { enabled: false } } },
      as: MANAGER,
    });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({
      settings: { streams: { products: { enabled: false }, partners: { enabled: true } } },
    });
    await world().sync();
    expect(world().rows('metakockaProduct')).toHaveLength(0);
    expect(world().rows('company').length).toBeGreaterThan(0);
  });

  it('refuses an invalid value with the setting named, and keeps the stored document', async () => {
    const reply = await world().harness.route(PATH, { method: 'POST', body: { batchSize: 500 }, as: MANAGER });
    expect(reply.status).toBe(422);
    expect(reply.body).toMatchObject({ code: 'SETTINGS_INVALID', error: expect.stringContaining('batchSize') });
    const read = await world().harness.route(`/s${SYNC_ROUTES.settingsRead}`, { method: 'GET', as: MANAGER });
    expect(read.body).toMatchObject({ settings: { batchSize: 200 } });
  });

  it('saves over a stored document holding a key this version does not know, keeping the known settings and dropping the unknown one', async () => {
    world().standIn.kv.set(SETTINGS_KV_KEY, { pagesPerJob: 4, legacyExport: true });

    const reply = await world().harness.route(PATH, { method: 'POST', body: { dryRun: true }, as: MANAGER });

    expect(reply.status).toBe(200);
    expect(world().standIn.kv.get(SETTINGS_KV_KEY)).toMatchObject({ pagesPerJob: 4, dryRun: true });
    expect(world().standIn.kv.get(SETTINGS_KV_KEY)).not.toHaveProperty('legacyExport');
  });

  it('refuses a change naming a setting that does not exist (a typo) and stores nothing', async () => {
    const reply = await world().harness.route(PATH, {
      method: 'POST',
      body: { streams: { products: { enabeld: false } } },
      as: MANAGER,
    });
    expect(reply.status).toBe(422);
    expect(reply.body).toMatchObject({ code: 'SETTINGS_INVALID', error: expect.stringContaining('enabeld') });
    expect(world().standIn.kv.get(SETTINGS_KV_KEY)).toBeUndefined();
  });
});
