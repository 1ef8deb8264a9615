// sync-settings-read (route /metakocka/sync/settings): the settings with their defaults, for managers only.
import { SETTINGS_KV_KEY } from 'server/settings/store';
import { SYNC_ROUTES } from 'plugin/constants/route-paths';
import { MANAGER } from 'test/e2e/sync-world';
import { useSyncWorld } from 'test/e2e/use-sync-world';

const world = useSyncWorld({ partners: 0, products: 0 });
const PATH = `/s${SYNC_ROUTES.settingsRead}`; // '/metakocka/sync/settings'

describe('sync-settings-read', () => {
  it('answers the documented defaults before anything was saved', async () => {
    const reply = await world().harness.route(PATH, { method: 'GET', as: MANAGER });
    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({
      settings: {
        streams: { partners: { enabled: true, everyMinutes: 60 }, products: { enabled: true } },
        conflicts: { partners: 'ask' },
        batchSize: 200,
        dryRun: false,
      },
    });
    expect(reply.body).not.toHaveProperty('warning');
  });

  it('reads a stored document holding settings this version does not know: the rest applies, the unknown keys are named, never their values', async () => {
    // As a newer version (or a hand edit) left it: one known setting changed, two keys this version never had.
    world().standIn.kv.set(SETTINGS_KV_KEY, {
      dryRun: true,
      legacyExport: 'value-7f3a9c',
      streams: { partners: { enabled: false, window: 'value-7f3a9c' } },
    });

    const reply = await world().harness.route(PATH, { method: 'GET', as: MANAGER });

    expect(reply.status).toBe(200);
    const body = reply.body as {
      settings: { dryRun: boolean; streams: { partners: { enabled: boolean } } };
      warning: { ignoredKeys: string[]; message: string };
    };
    expect(body.settings).toMatchObject({ dryRun: true, streams: { partners: { enabled: false } } });
    expect(body.warning.ignoredKeys.sort()).toEqual(['legacyExport', 'streams.partners.window']);
    expect(body.warning.message).toMatch(/legacyExport.*ignored/);
    expect(JSON.stringify(body)).not.toContain('value-7f3a9c');
  });

  it('refuses a member without the Manage Metakocka permission', async () => {
    const reply = await world().harness.route(PATH, {
      method: 'GET',
      as: { workspaceMemberId: '7a1d3c2a-0c4e-4b9a-9d55-1a2b3c4d5e09', flags: [] },
    });
    expect(reply.status).toBe(403);
  });
});
