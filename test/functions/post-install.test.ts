// The built post-install function on a fresh install and on upgrades: default settings seeded once, every migration
// recorded, and an upgrade that finds nothing to do changes nothing (issue #2 item 4).
import appPackage from '../../package.json';
import { useHarnessWorld } from 'test/twenty/harness/use-harness-world';
import { ensureBuiltOutput } from 'test/twenty/harness';
import { MIGRATIONS } from 'migrations/index';
import { parseKeyring } from 'server/credentials/encryption';
import { MIGRATIONS_KV_KEY } from 'migrations/runner';
import { DEFAULT_SETTINGS } from 'server/settings/schema';
import { SETTINGS_KV_KEY } from 'server/settings/store';

const world = useHarnessWorld(ensureBuiltOutput, { buildTimeoutMs: 300_000 });

const kvSnapshot = () => JSON.parse(JSON.stringify(Object.fromEntries(world.standIn.kv)));

describe('post-install', () => {
  it('seeds the default settings and records every migration on a fresh install', async () => {
    const result = await world.harness.install();

    expect(result).toMatchObject({ ran: true, ok: true, attempts: 1 });
    expect(world.standIn.kv.get(SETTINGS_KV_KEY)).toEqual(JSON.parse(JSON.stringify(DEFAULT_SETTINGS)));
    const record = world.standIn.kv.get(MIGRATIONS_KV_KEY) as {
      applied: Array<{ id: string; appVersion: string }>;
      lastFailure: unknown;
    };
    expect(record.applied.map((step) => step.id)).toEqual(MIGRATIONS.map((step) => step.id));
    expect(record.applied.every((step) => step.appVersion === appPackage.version)).toBe(true);
    expect(record.lastFailure).toBeNull();
    expect(world.standIn.kv.get('metakocka:schema-version')).toBe(1);
    // The credential encryption key exists before any member saves a personal key (issue 12 item 9).
    expect(parseKeyring(world.standIn.appVariables.get('METAKOCKA_CREDENTIAL_ENCRYPTION_KEY'))).toHaveLength(1);
  });

  it('changes nothing when an upgrade finds every step applied', async () => {
    await world.harness.install();
    const before = kvSnapshot();

    const upgrade = await world.harness.install({ previousVersion: '0.0.9' });

    expect(upgrade).toMatchObject({ ran: true, ok: true });
    expect(kvSnapshot()).toEqual(before);
  });

  it('keeps the settings an admin saved when the app is upgraded', async () => {
    await world.harness.install();
    const chosen = { ...JSON.parse(JSON.stringify(DEFAULT_SETTINGS)), dryRun: true, batchSize: 50 };
    world.standIn.kv.set(SETTINGS_KV_KEY, chosen);

    await world.harness.install({ previousVersion: '0.0.9' });

    expect(world.standIn.kv.get(SETTINGS_KV_KEY)).toEqual(chosen);
  });
});
