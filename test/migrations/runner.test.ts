// The migration mechanism with fixture steps against the stand-in (issue #2 item 4): a second run changes nothing;
// a failing step stops the chain, is recorded, and runs again (with everything after it) on the next upgrade.
import { join } from 'node:path';

import { SyncError } from 'server/errors';
import type { AppRuntime } from 'server/host/runtime';
import { startStandIn, type StandIn } from 'test/twenty/stand-in';
import { ensureBuiltOutput } from 'test/twenty/harness';
import { createStandInRuntime } from 'test/twenty/harness/stand-in-runtime';
import type { Migration } from 'migrations/migration';
import { MIGRATIONS } from 'migrations/index';
import { MIGRATIONS_KV_KEY, readMigrationRecord, runMigrations } from 'migrations/runner';
import { MigrationFailedError, runPostInstall } from 'migrations/post-install';

let standIn: StandIn;
let runtime: AppRuntime;

beforeEach(async () => {
  // The standard objects are enough for the fixture steps; the real steps see the app's model in test/functions.
  standIn = await startStandIn({ manifest: null });
  runtime = createStandInRuntime(standIn);
});

afterEach(async () => {
  await standIn.close();
});

class TwentyBusy extends SyncError {
  readonly code = 'CRM_UNAVAILABLE';
  readonly retryable = true;
}

const MIGRATED_COMPANY_ID = '5b0e4b8e-6a0f-4c55-9d43-7c7f1d2a9e01';

const createCompany: Migration = {
  id: '0001',
  description: 'Create the migration marker company (upsert on a fixed id, so a rerun writes the same row).',
  async up(rt) {
    await fetch(rt.crm.graphqlUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${rt.crm.token('application')}` },
      body: JSON.stringify({
        query: 'mutation($d:[CompanyCreateInput!]!){createCompanies(data:$d, upsert: true){id}}',
        variables: { d: [{ id: MIGRATED_COMPANY_ID, name: 'Migrated d.o.o.' }] },
      }),
    }).then((response) => response.json());
  },
};
const setFlag = (id: string, key: string): Migration => ({
  id,
  description: `Set ${key}`,
  up: (rt) => rt.kv.set(key, true),
});

function flakyStep(id: string, state: { broken: boolean }): Migration {
  return {
    id,
    description: 'Fails while Twenty is "busy"',
    async up(rt) {
      if (state.broken) throw new TwentyBusy('Twenty did not answer the request: HTTP 503.', 'Nothing to do: retried.');
      await rt.kv.set('fixture:flaky-done', true);
    },
  };
}

const snapshot = () =>
  JSON.parse(JSON.stringify({ kv: Object.fromEntries(standIn.kv), companies: standIn.store.rows('company') }));

describe('runMigrations', () => {
  it('runs each step once; a second run changes nothing in Twenty or kv', async () => {
    const steps = [createCompany, setFlag('0002', 'fixture:flag')];
    const first = await runMigrations(steps, runtime, '1.0.0');
    const afterFirst = snapshot();

    const second = await runMigrations(steps, runtime, '1.0.1');

    expect(first).toMatchObject({ ran: ['0001', '0002'], alreadyApplied: [], failed: null });
    expect(second).toMatchObject({ ran: [], alreadyApplied: ['0001', '0002'], failed: null });
    expect(snapshot()).toEqual(afterFirst);
    expect(standIn.store.rows('company').filter((row) => row.id === MIGRATED_COMPANY_ID)).toHaveLength(1);
  });

  it('stops at a failing step, records it, and finishes the chain on the next upgrade', async () => {
    const state = { broken: true };
    const steps = [setFlag('0001', 'fixture:first'), flakyStep('0002', state), setFlag('0003', 'fixture:after')];

    const failed = await runMigrations(steps, runtime, '1.1.0');
    const failedAgain = await runMigrations(steps, runtime, '1.1.1');

    expect(failed).toMatchObject({
      ran: ['0001'],
      failed: { id: '0002', code: 'CRM_UNAVAILABLE', retryable: true, attempts: 1 },
      notRun: ['0003'],
    });
    expect(failedAgain.failed).toMatchObject({ id: '0002', attempts: 2 });
    expect(standIn.kv.get('fixture:after')).toBeUndefined();
    expect((await readMigrationRecord(runtime)).lastFailure).toMatchObject({
      id: '0002',
      message: expect.stringContaining('HTTP 503'),
    });

    state.broken = false;
    const fixed = await runMigrations(steps, runtime, '1.2.0');

    expect(fixed).toMatchObject({ ran: ['0002', '0003'], alreadyApplied: ['0001'], failed: null });
    const record = await readMigrationRecord(runtime);
    expect(record.applied.map((step) => [step.id, step.appVersion])).toEqual([
      ['0001', '1.1.0'],
      ['0002', '1.2.0'],
      ['0003', '1.2.0'],
    ]);
    expect(record.lastFailure).toBeNull();
  });

  it('records only the class of an unexpected error, so no secret can reach the stored record', async () => {
    const leaky: Migration = {
      id: '0001',
      description: 'x',
      up: async () => {
        throw new Error('token app-token-xyz rejected');
      },
    };

    const report = await runMigrations([leaky], runtime, '1.0.0');

    expect(report.failed).toMatchObject({
      id: '0001',
      message: 'Error in migration 0001',
      code: null,
      retryable: false,
    });
    expect(JSON.stringify(standIn.kv.get(MIGRATIONS_KV_KEY))).not.toContain('app-token-xyz');
  });

  it.each([
    [[setFlag('0002', 'a'), setFlag('0001', 'b')], /0001 is listed after 0002/],
    [[setFlag('0001', 'a'), setFlag('0001', 'b')], /0001 is listed after 0001/],
    [[setFlag('12', 'a')], /not four digits/],
  ])('refuses a badly ordered or named list before running anything', async (steps, message) => {
    await expect(runMigrations(steps, runtime, '1.0.0')).rejects.toThrow(message);
    expect(standIn.kv.size).toBe(0);
  });
});

describe('runPostInstall', () => {
  it('fails the hook with a retryable error when a step failed retryably, so Twenty retries the upgrade', async () => {
    const state = { broken: true };

    const act = runPostInstall({ previousVersion: '1.0.0', newVersion: '1.1.0' }, runtime, [flakyStep('0001', state)]);

    await expect(act).rejects.toBeInstanceOf(MigrationFailedError);
    await expect(act).rejects.toMatchObject({ retryable: true, code: 'MIGRATION_FAILED' });
  });
});

describe('the real migrations', () => {
  // They read and write the app's objects, so they run against the built app's data model.
  let outputDir = '';
  beforeAll(async () => {
    outputDir = await ensureBuiltOutput();
  }, 300_000);
  beforeEach(async () => {
    await standIn.close();
    standIn = await startStandIn({ manifestPath: join(outputDir, 'manifest.json') });
    runtime = createStandInRuntime(standIn);
  });

  it.each(MIGRATIONS.map((step) => [step.id, step] as const))(
    '%s is idempotent: running it again changes nothing',
    async (_id, step) => {
      await step.up(runtime);
      const afterFirst = snapshot();

      await step.up(runtime);

      expect(snapshot()).toEqual(afterFirst);
    },
  );
});
