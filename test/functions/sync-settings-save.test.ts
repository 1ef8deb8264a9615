// sync-settings-save (route /metakocka/sync/settings/save): validated partial changes; jobs read them at once.
import { SETTINGS_KV_KEY } from 'server/settings/store';
import { SYNC_ROUTES } from 'plugin/constants/route-paths';
import { MANAGER } from 'test/e2e/sync-world';
import { useSyncWorld } from 'test/e2e/use-sync-world';
import { previewed } from 'test/e2e/settings-preview-world';

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

  it('audits every change with who, when, the document before and after, and the settings that changed', async () => {
    await world().harness.route(PATH, { method: 'POST', body: { batchSize: 50 }, as: MANAGER });
    await world().harness.route(PATH, {
      method: 'POST',
      body: { filters: { partners: { countries: ['si', 'HR'] } } },
      as: MANAGER,
    });

    const entries = world()
      .rows('metakockaAuditEntry')
      .sort((a, b) => String(a.at).localeCompare(String(b.at)));
    expect(entries).toHaveLength(2);
    expect(entries[0]).toMatchObject({
      action: 'settings.saved',
      actorWorkspaceMemberId: MANAGER.workspaceMemberId,
      detail: 'The sync settings were changed: batchSize.',
      before: 'nothing stored (the defaults applied)',
    });
    expect(JSON.parse(entries[0]!.after)).toMatchObject({ batchSize: 50 });
    expect(entries[1]).toMatchObject({ detail: 'The sync settings were changed: filters.partners.countries.' });
    expect(JSON.parse(entries[1]!.before)).toMatchObject({ batchSize: 50, filters: { partners: { countries: [] } } });
    expect(JSON.parse(entries[1]!.after)).toMatchObject({ filters: { partners: { countries: ['SI', 'HR'] } } });
    expect(entries[1]!.at).toEqual(expect.any(String));
  });

  it('applies exactly the settings a finished preview ran with, audited as such, and refuses it once the settings moved on', async () => {
    const report = await previewed(world(), { filters: { productCategories: ['Pisarna'] }, batchSize: 120 });

    const reply = await world().harness.route(PATH, {
      method: 'POST',
      body: { previewId: report.previewId },
      as: MANAGER,
    });

    expect(reply.status).toBe(200);
    expect(world().standIn.kv.get(SETTINGS_KV_KEY)).toEqual(JSON.parse(JSON.stringify(report.settings)));
    expect(world().rows('metakockaAuditEntry')).toEqual([
      expect.objectContaining({
        detail: `The sync settings were changed from impact preview ${report.previewId}: filters.productCategories, batchSize.`,
      }),
    ]);

    const again = await previewed(world(), { filters: { eshopOnly: true } });
    await world().harness.route(PATH, { method: 'POST', body: { dryRun: true }, as: MANAGER });
    const stale = await world().harness.route(PATH, {
      method: 'POST',
      body: { previewId: again.previewId },
      as: MANAGER,
    });
    expect(stale.status).toBe(409);
    expect(stale.body).toMatchObject({ error: expect.stringContaining('changed after the impact preview') });
    expect(world().standIn.kv.get(SETTINGS_KV_KEY)).toMatchObject({ filters: { eshopOnly: false }, dryRun: true });
  });
});
