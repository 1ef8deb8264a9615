/**
 * /metadata as the app reaches it: twenty-sdk's own `kv` and `enqueueJobs` (twenty-sdk/logic-function, the exact
 * queries it sends) and MetadataApiClient (twenty-client-sdk/metadata) for currentUser and application variables.
 */
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { MetadataApiClient } from 'twenty-client-sdk/metadata';
import { startStandIn, type StandIn } from './index';
import { gql } from './client';
import type { AppManifest } from './manifest-model';

const manifest: AppManifest = {
  application: {
    universalIdentifier: '3f1f0b0e-8a51-4f0c-9d1e-6b7c2a5d9e11',
    displayName: 'Metakocka',
    defaultRoleUniversalIdentifier: 'role-1',
    applicationVariables: {
      METAKOCKA_API_URL: { universalIdentifier: 'v1', value: 'https://main.metakocka.si', isSecret: false },
      METAKOCKA_SECRET_KEY: { universalIdentifier: 'v2', isSecret: true },
    },
  },
  roles: [
    { universalIdentifier: 'role-1', permissionFlagUniversalIdentifiers: ['9faa55f7-2606-566b-9e1d-aefbedbd0136'] },
  ],
  objects: [],
  fields: [],
};

/**
 * Runs an ESM snippet with the real twenty-sdk in a child Node process (as Twenty runs logic functions; jest's
 * CommonJS mode cannot load the SDK's ESM dependencies). The snippet's last expression is printed as JSON.
 */
function runSdk(body: string, env: Record<string, string>): Promise<unknown> {
  const script = `import { kv, enqueueJobs } from 'twenty-sdk/logic-function';\nconst out = await (async () => { ${body} })();\nprocess.stdout.write(JSON.stringify(out ?? null));`;
  return new Promise((ok, fail) => {
    execFile(
      process.execPath,
      ['--input-type=module', '-e', script],
      { cwd: resolve(__dirname, '../../..'), env: { ...process.env, ...env } },
      (err, stdout, stderr) => {
        if (err) fail(new Error(`${err.message}\n${stderr}`));
        else ok(JSON.parse(stdout));
      },
    );
  });
}

describe('metadata API', () => {
  let standIn: StandIn;
  beforeAll(async () => {
    standIn = await startStandIn({ manifest, appVariables: { METAKOCKA_SECRET_KEY: 's3cret-value' } });
  });
  afterAll(() => standIn.close());

  const appEnv = (token: string) => ({
    TWENTY_API_URL: standIn.url,
    TWENTY_APP_APPLICATION_ACCESS_TOKEN: token,
    TWENTY_APP_ACCESS_TOKEN: token,
  });

  test('kv set/get/delete through twenty-sdk with the application token (APPS.md §2.2)', async () => {
    const out = await runSdk(
      `await kv.set('metakocka:cursor:partners', { since: '2026-11-25T10:00:00+01:00', page: 3 });
       const got = await kv.get('metakocka:cursor:partners');
       await kv.set('lock', 'ws-1', { scope: 'SERVER' });
       const workspaceLock = await kv.get('lock');
       const del1 = await kv.delete('metakocka:cursor:partners');
       const del2 = await kv.delete('metakocka:cursor:partners');
       return { got, workspaceLock, del1, del2, after: await kv.get('metakocka:cursor:partners') };`,
      appEnv(standIn.tokens.app),
    );
    // WORKSPACE and SERVER scopes are separate keys
    expect(out).toEqual({
      got: { since: '2026-11-25T10:00:00+01:00', page: 3 },
      workspaceLock: null,
      del1: true,
      del2: false,
      after: null,
    });
    expect(standIn.kv.get('SERVER:lock')).toBe('ws-1');
    expect(standIn.kv.has('metakocka:cursor:partners')).toBe(false);
  });

  test('kv refuses an API key or a user token ("only answers for an application-scoped token")', async () => {
    const attempt = `try { await kv.set('x', 1); return 'stored'; } catch (e) { return e.message; }`;
    expect(await runSdk(attempt, appEnv(standIn.apiKey))).toMatch(/only available to application tokens/);
    expect(
      await runSdk(attempt, appEnv(standIn.tokens.user('4b6f0c52-2222-4222-8222-222222222222', ['APPLICATIONS']))),
    ).toMatch(/only available to application tokens/);
    expect(standIn.kv.has('x')).toBe(false);
  });

  test('currentUser returns the permission flags of the calling user (APPS.md §5)', async () => {
    const member = '7c1d3f00-3333-4333-8333-333333333333';
    const client = new MetadataApiClient({
      url: `${standIn.url}/metadata`,
      headers: {
        Authorization: `Bearer ${standIn.tokens.user(member, ['MANAGE_METAKOCKA'], { firstName: 'Ana', lastName: 'Novak' })}`,
      },
    });
    const { currentUser } = await client.query({
      currentUser: {
        id: true,
        currentUserWorkspace: { id: true, permissionFlags: true },
        workspaceMember: { id: true },
      },
    });
    expect(currentUser.currentUserWorkspace?.permissionFlags).toEqual(['MANAGE_METAKOCKA']);
    expect(currentUser.workspaceMember?.id).toBe(member);
    expect(standIn.store.get('workspaceMember', member)?.name).toEqual({ firstName: 'Ana', lastName: 'Novak' });
    // Without a user there is no current user (APPS.md §5: such runs "fail the query and deny").
    const asApp = await gql(standIn, '{ currentUser { id } }', undefined, {
      token: standIn.tokens.app,
      endpoint: '/metadata',
    });
    expect(asApp.data).toEqual({ currentUser: null });
    expect(asApp.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // The same root field twice is refused by Twenty's guard, in its shape (g9), on /metadata as on /graphql.
    const twice = await gql(standIn, '{ a: currentUser { id } b: currentUser { id } }', undefined, {
      token: standIn.tokens.app,
      endpoint: '/metadata',
    });
    expect(twice).toEqual({
      data: {},
      errors: [{ message: 'Duplicate root resolver: "currentUser"', extensions: { code: 'BAD_USER_INPUT' } }],
    });
  });

  test('application variables: secrets are not readable by users; writes need APPLICATIONS (APPS.md §2.1)', async () => {
    const read =
      '{ findOneApplication(universalIdentifier: "3f1f0b0e-8a51-4f0c-9d1e-6b7c2a5d9e11") { applicationVariables { key value isSecret } } }';
    const user = standIn.tokens.user('8d2e4a11-4444-4444-8444-444444444444', []);
    const asUser = await gql(standIn, read, undefined, { token: user, endpoint: '/metadata' });
    expect(asUser.data?.findOneApplication.applicationVariables).toEqual([
      { key: 'METAKOCKA_API_URL', value: 'https://main.metakocka.si', isSecret: false },
      { key: 'METAKOCKA_SECRET_KEY', value: '', isSecret: true },
    ]);
    const write = 'mutation($k: String!, $v: String!) { updateOneApplicationVariable(key: $k, value: $v) }';
    const refused = await gql(
      standIn,
      write,
      { k: 'METAKOCKA_SECRET_KEY', v: 'new' },
      { token: user, endpoint: '/metadata' },
    );
    expect(refused.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    expect(standIn.appVariables.get('METAKOCKA_SECRET_KEY')).toBe('s3cret-value');
    const admin = standIn.tokens.user('9e3f5b22-5555-4555-8555-555555555555', ['APPLICATIONS']);
    expect(
      await gql(standIn, write, { k: 'METAKOCKA_SECRET_KEY', v: 'new' }, { token: admin, endpoint: '/metadata' }),
    ).toEqual({ data: { updateOneApplicationVariable: true } });
    expect(standIn.appVariables.get('METAKOCKA_SECRET_KEY')).toBe('new');
    const undeclared = await gql(
      standIn,
      write,
      { k: 'NOT_DECLARED', v: 'x' },
      { token: admin, endpoint: '/metadata' },
    );
    expect(undeclared.errors?.[0]?.message).toMatch(/not declared/);
    // The app token holds APPLICATIONS through its role (manifest permissionFlagUniversalIdentifiers) and reads secrets.
    const asApp = await gql(standIn, read, undefined, { token: standIn.tokens.app, endpoint: '/metadata' });
    expect(asApp.data?.findOneApplication.applicationVariables[1]).toEqual({
      key: 'METAKOCKA_SECRET_KEY',
      value: 'new',
      isSecret: true,
    });
  });

  test('onOperation serves harness operations such as enqueueJobs, called through twenty-sdk', async () => {
    const seen: unknown[] = [];
    standIn.metadata.onOperation('enqueueJobs', (args, auth) => {
      seen.push({ args, kind: auth.kind });
      return {
        enqueued: true,
        logicFunctionUniversalIdentifier: 'fn-1',
        enqueuedJobsCount: 1,
        jobIds: ['job-a'],
        ignoredField: 'x',
      };
    });
    const result = await runSdk(
      `return enqueueJobs({ logicFunctionUniversalIdentifier: 'fn-1', jobs: [{ jobId: 'job-a', payload: { page: 1 } }], delayMs: 1000 });`,
      appEnv(standIn.tokens.app),
    );
    expect(result).toEqual({
      enqueued: true,
      logicFunctionUniversalIdentifier: 'fn-1',
      enqueuedJobsCount: 1,
      jobIds: ['job-a'],
    });
    expect(seen).toEqual([
      {
        args: {
          input: {
            logicFunctionUniversalIdentifier: 'fn-1',
            jobs: [{ jobId: 'job-a', payload: { page: 1 } }],
            delayMs: 1000,
          },
        },
        kind: 'app',
      },
    ]);
  });

  test('without a token /metadata has an empty schema (g7d); a bad token is UNAUTHENTICATED (g7b)', async () => {
    expect(await gql(standIn, '{ currentUser { id } }', undefined, { token: null, endpoint: '/metadata' })).toEqual({
      errors: [{ message: 'Cannot query field "currentUser" on type "Query".', locations: [{ line: 1, column: 3 }] }],
    });
    expect(
      (await gql(standIn, '{ currentUser { id } }', undefined, { token: 'nope', endpoint: '/metadata' })).errors?.[0]
        ?.extensions?.code,
    ).toBe('UNAUTHENTICATED');
  });
});
