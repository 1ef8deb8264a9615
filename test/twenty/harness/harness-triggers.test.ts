// The harness runs built functions the way Twenty does: database events from real writes, routes with and without
// auth, workflow actions, install hooks, the crash switch. It runs the fixture app (fixture-app/), so these tests do
// not depend on which real functions exist yet.
import { useHarnessWorld } from 'test/twenty/harness/use-harness-world';
import { ANONYMOUS_REFUSAL, buildFixtureApp, HarnessRunError } from 'test/twenty/harness';

const world = useHarnessWorld(buildFixtureApp, {
  buildTimeoutMs: 180_000,
  appVariables: { FIXTURE_SECRET: 's3cr3t-value' },
});

const graphql = (query: string, variables?: Record<string, unknown>) => world.graphql(query, variables);

describe('database events', () => {
  it('delivers a company created through the GraphQL API to the company.created function', async () => {
    const created = await graphql('mutation($d:[CompanyCreateInput!]!){createCompanies(data:$d){id}}', {
      d: [{ name: 'Kovinarstvo Novak d.o.o.' }],
    });
    const id = created.data.createCompanies[0].id as string;

    const drained = await world.harness.drainJobs();

    expect(drained).toEqual({ ran: 1, failed: 0 });
    expect(world.standIn.kv.get(`created:${id}`)).toEqual({
      name: 'company.created',
      companyName: 'Kovinarstvo Novak d.o.o.',
    });
  });

  it('groups batch-mode events by 200 and skips updates that touch none of the trigger fields', async () => {
    const renames = Array.from({ length: 250 }, (_, i) => ({
      recordId: `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`,
      before: { name: `Old ${i}` },
      after: { name: `New ${i}` },
      updatedFields: ['name'],
    }));
    const domainOnly = [
      { recordId: '00000000-0000-4000-8000-999999999999', before: {}, after: {}, updatedFields: ['domainName'] },
    ];

    await world.harness.databaseEvents('company.updated', [...renames, ...domainOnly]);

    expect(world.standIn.kv.get('batch-sizes')).toEqual([200, 50]);
  });
});

describe('HTTP routes', () => {
  it('refuses an anonymous call to an isAuthRequired route without running the function', async () => {
    const reply = await world.harness.route('/s/fixture/echo/42', {
      method: 'POST',
      body: { note: 'x' },
      as: 'anonymous',
    });

    expect(reply).toEqual(ANONYMOUS_REFUSAL);
    expect(world.harness.functionsRun()).toEqual([]);
  });

  it('hands a signed-in user the route event Twenty builds, with only the forwarded headers and the app variables', async () => {
    const reply = await world.harness.route('/s/fixture/echo/42?page=2', {
      method: 'POST',
      body: { note: 'x' },
      headers: { 'X-Fixture': 'yes', Cookie: 'secret' },
      as: { workspaceMemberId: 'a1b2c3d4-0000-4000-8000-000000000001', flags: [] },
    });

    expect(reply.status).toBe(200);
    const body = reply.body as any;
    expect(body.event.pathParameters).toEqual({ id: '42' });
    expect(body.event.queryStringParameters).toEqual({ page: '2' });
    expect(body.event.headers).toEqual({ 'x-fixture': 'yes' });
    expect(body.event.body).toEqual({ note: 'x' });
    expect(body.event.requestContext.http).toEqual({ method: 'POST', path: '/fixture/echo/42' });
    expect(body.event.userWorkspaceId).toEqual(expect.any(String));
    expect(body.context.userWorkspaceId).toBe(body.event.userWorkspaceId);
    expect(body).toMatchObject({ greeting: 'hello', secretSet: true, hasApiUrl: true });
  });

  it('answers 404 for a path no function serves', async () => {
    expect((await world.harness.route('/s/fixture/nothing', { as: 'application' })).status).toBe(404);
  });
});

describe('the MANAGE_METAKOCKA guard inside a built route', () => {
  const member = 'a1b2c3d4-0000-4000-8000-000000000002';

  it('refuses a user without the flag with 403 and says what to do', async () => {
    const reply = await world.harness.route('/s/fixture/manage', {
      method: 'POST',
      body: {},
      as: { workspaceMemberId: member, flags: ['WORKFLOWS'] },
    });

    expect(reply.status).toBe(403);
    expect(reply.body).toEqual({
      code: 'ROUTE_REFUSED',
      error: expect.stringContaining('Manage Metakocka'),
      action: expect.stringContaining('permission'),
    });
  });

  it.each([['MANAGE_METAKOCKA'], ['APPLICATIONS']])('accepts a user holding %s', async (flag) => {
    const reply = await world.harness.route('/s/fixture/manage', {
      method: 'POST',
      body: {},
      as: { workspaceMemberId: member, flags: [flag] },
    });

    expect(reply.status).toBe(200);
    expect(reply.body).toMatchObject({ ok: true, caller: { permissionFlags: [flag] } });
  });

  it('refuses an application token, which carries no user, with 401', async () => {
    const reply = await world.harness.route('/s/fixture/manage', { method: 'POST', body: {}, as: 'application' });

    expect(reply.status).toBe(401);
  });
});

describe('crash switch', () => {
  it('kills the run right after the n-th request was served, so later writes never happen', async () => {
    world.harness.crashAfterRequests(2);

    await expect(world.harness.workflowAction('write-companies', { names: ['Alfa', 'Beta', 'Gama'] })).rejects.toThrow(
      HarnessRunError,
    );

    const names = world.standIn.store.rows('company').map((row: any) => row.name);
    expect(names).toEqual(expect.arrayContaining(['Alfa', 'Beta']));
    expect(names).not.toContain('Gama');
    expect(world.harness.runs().at(-1)).toMatchObject({ name: 'write-companies', outcome: 'crashed', ok: false });
  });

  it('applies to one run only', async () => {
    world.harness.crashAfterRequests(1);
    await expect(world.harness.workflowAction('write-companies', { names: ['Delta'] })).rejects.toThrow(
      HarnessRunError,
    );

    await expect(world.harness.workflowAction('write-companies', { names: ['Epsilon'] })).resolves.toEqual({
      written: 1,
    });
  });

  it('with a function name, lets other runs pass and kills the next run of that function', async () => {
    world.harness.crashAfterRequests(1, { functionName: 'write-companies' });

    await world.harness.route('/s/fixture/echo/1', { method: 'POST', body: {}, as: 'application' });
    await expect(world.harness.workflowAction('write-companies', { names: ['Zeta', 'Eta'] })).rejects.toThrow(
      HarnessRunError,
    );

    expect(world.harness.runs().map((run) => [run.name, run.outcome])).toEqual([
      ['echo', 'ok'],
      ['write-companies', 'crashed'],
    ]);
    expect(world.standIn.store.rows('company').map((row: any) => row.name)).toEqual(['Zeta']);
  });

  it('with a payload filter, kills only the run whose payload matches', async () => {
    world.harness.crashAfterRequests(1, {
      functionName: 'write-companies',
      payloadMatches: (input) => input.names.includes('Kappa'),
    });

    await world.harness.workflowAction('write-companies', { names: ['Lambda'] });
    await expect(world.harness.workflowAction('write-companies', { names: ['Kappa', 'Mu'] })).rejects.toThrow(
      HarnessRunError,
    );

    expect(
      world.standIn.store
        .rows('company')
        .map((row: any) => row.name)
        .sort(),
    ).toEqual(['Kappa', 'Lambda']);
    expect(world.harness.pendingCrashes()).toBe(0);
  });

  it('with n = 0, kills the run as its first request leaves, so nothing is written', async () => {
    world.harness.crashAfterRequests(0);

    await expect(world.harness.workflowAction('write-companies', { names: ['Nu'] })).rejects.toThrow(HarnessRunError);

    expect(world.standIn.store.rows('company')).toEqual([]);
    expect(world.harness.runs().at(-1)).toMatchObject({ outcome: 'crashed', requests: 0, requestLog: [] });
  });

  it('records the requests a killed run made up to the kill, and keeps that note out of its stderr', async () => {
    world.harness.crashAfterRequests(2);

    await expect(world.harness.workflowAction('write-companies', { names: ['Xi', 'Omikron', 'Pi'] })).rejects.toThrow(
      HarnessRunError,
    );

    const run = world.harness.runs().at(-1)!;
    expect(run).toMatchObject({
      outcome: 'crashed',
      requests: 2,
      requestLog: ['POST /graphql createCompanies', 'POST /graphql createCompanies'],
    });
    expect(run.stderr).not.toContain('__harness_crash_log__');
  });

  it('with countOnly, counts only the named requests (job-worker reads kv once, then writes it twice)', async () => {
    world.harness.crashAfterRequests(1, { functionName: 'job-worker', countOnly: /setAppKeyValue$/ });
    world.harness.crashAfterRequests(0, { functionName: 'job-worker', countOnly: 'setAppKeyValue' });
    world.harness.enqueue('job-worker', { key: 'c1', mode: 'ok' });
    world.harness.enqueue('job-worker', { key: 'c2', mode: 'ok' });

    expect(await world.harness.drainJobs()).toEqual({ ran: 2, failed: 2 });

    expect(world.harness.runs().map((run) => run.requestLog)).toEqual([
      ['POST /metadata appKeyValue', 'POST /metadata setAppKeyValue'],
      ['POST /metadata appKeyValue'],
    ]);
    expect([world.standIn.kv.get('attempts:c1'), world.standIn.kv.get('attempts:c2')]).toEqual([1, undefined]);
  });

  it('refuses to arm for a function the build does not have', () => {
    expect(() => world.harness.crashAfterRequests(1, { functionName: 'no-such-function' })).toThrow(
      'No logic function named "no-such-function"',
    );
  });

  it('names each request of a finished run, so a crash point can be told apart', async () => {
    await world.harness.workflowAction('write-companies', { names: ['Theta', 'Iota'] });

    expect(world.harness.runs().at(-1)?.requestLog).toEqual([
      'POST /graphql createCompanies',
      'POST /graphql createCompanies',
    ]);
  });
});

describe('install hooks', () => {
  it('runs post-install on a fresh install and, with shouldRunOnVersionUpgrade, on an upgrade', async () => {
    await world.harness.install();
    await world.harness.install({ previousVersion: '0.9.0' });

    expect(world.standIn.kv.get('installs')).toEqual([
      { newVersion: '1.0.0' },
      { previousVersion: '0.9.0', newVersion: '1.0.0' },
    ]);
  });

  it('measures the memory of the runs', async () => {
    await world.harness.install();
    expect(world.harness.peakRssBytes()).toBeGreaterThan(10 * 1024 * 1024);
  });
});
