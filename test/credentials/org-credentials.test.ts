import { readOrgFacts, saveOrgCredentials } from 'server/credentials/org-credentials';
import { computeHealth, type LastSync } from 'server/credentials/health';
import { errorCatalogue, renderAction, renderError } from 'server/error-catalogue';
import { englishWordsIn } from 'test/support/english-leftovers';

import { acceptingOnly, memoryPorts } from './memory-ports';

const KEY = 'org-secret-aaaa';

describe('saveOrgCredentials', () => {
  it('saves a verified set, answers with facts only, and audits what changed', async () => {
    const ports = memoryPorts({ METAKOCKA_ALLOWED_ENDPOINTS: 'http://127.0.0.1:4100' });
    const outcome = await saveOrgCredentials(
      ports,
      { endpoint: 'custom', customUrl: 'http://127.0.0.1:4100/', companyId: ' 4411 ', secretKey: KEY },
      'member-admin',
      acceptingOnly('4411', KEY),
    );
    expect(outcome.saved).toBe(true);
    expect(Object.fromEntries(ports.variableStore)).toMatchObject({
      METAKOCKA_SECRET_KEY: KEY,
      METAKOCKA_COMPANY_ID: '4411',
      METAKOCKA_API_URL: 'http://127.0.0.1:4100',
    });
    expect(outcome.saved && outcome.facts).toMatchObject({
      companyId: '4411',
      secretKeySet: true,
      apiUrl: 'http://127.0.0.1:4100',
      endpoint: 'custom',
      changedAt: '2026-11-25T18:00:00.000Z',
      changedOutsideApp: false,
    });
    expect(ports.auditLog).toEqual([
      expect.objectContaining({
        action: 'organisation-credentials.saved',
        actorWorkspaceMemberId: 'member-admin',
        detail: 'company id (none) → 4411; secret key set; endpoint (default) → http://127.0.0.1:4100',
        before: 'https://main.metakocka.si',
        after: 'http://127.0.0.1:4100',
      }),
    ]);
    expect(JSON.stringify([outcome, ports.auditLog, [...ports.kvStore]])).not.toContain(KEY);
  });

  it('saves nothing when the check fails and answers with the diagnosis', async () => {
    const ports = memoryPorts({ METAKOCKA_COMPANY_ID: '4411', METAKOCKA_SECRET_KEY: KEY });
    const outcome = await saveOrgCredentials(
      ports,
      { endpoint: 'production', companyId: '4411', secretKey: 'bad-key' },
      'member-admin',
      acceptingOnly('4411', KEY),
    );
    expect(outcome).toMatchObject({ saved: false, report: { ok: false, diagnosis: { checkId: 'auth' } } });
    expect(ports.variableStore.get('METAKOCKA_SECRET_KEY')).toBe(KEY);
    expect(ports.auditLog).toEqual([]);
  });

  it('keeps the stored key when the form leaves the write-only field empty and the endpoint as it was', async () => {
    const ports = memoryPorts({ METAKOCKA_COMPANY_ID: '4411', METAKOCKA_SECRET_KEY: KEY });
    const outcome = await saveOrgCredentials(
      ports,
      { endpoint: 'production', companyId: '4412', secretKey: '' },
      'member-admin',
      acceptingOnly('4412', KEY),
    );
    expect(outcome.saved).toBe(true);
    expect(ports.variableStore.get('METAKOCKA_COMPANY_ID')).toBe('4412');
    expect(ports.auditLog[0]).toMatchObject({
      detail: 'company id 4411 → 4412',
      before: 'https://main.metakocka.si',
      after: 'https://main.metakocka.si',
    });
  });

  it('refuses another endpoint with the key left empty, checks nothing, and changes nothing (D37)', async () => {
    const ports = memoryPorts({ METAKOCKA_COMPANY_ID: '4411', METAKOCKA_SECRET_KEY: KEY });
    const checks: string[] = [];
    const attempt = saveOrgCredentials(
      ports,
      { endpoint: 'development', companyId: '4411', secretKey: '' },
      'member-admin',
      acceptingOnly('4411', KEY, checks),
    );
    await expect(attempt).rejects.toMatchObject({
      code: 'ENDPOINT_CHANGED',
      message: expect.stringContaining('saved for https://main.metakocka.si'),
    });
    expect(checks).toEqual([]);
    expect(ports.variableStore.has('METAKOCKA_API_URL')).toBe(false);
    // Entering the key again moves it.
    const again = await saveOrgCredentials(
      ports,
      { endpoint: 'development', companyId: '4411', secretKey: KEY },
      'member-admin',
      acceptingOnly('4411', KEY),
    );
    expect(again.saved).toBe(true);
    expect(ports.auditLog.at(-1)).toMatchObject({
      actorWorkspaceMemberId: 'member-admin',
      before: 'https://main.metakocka.si',
      after: 'https://devmainsi.metakocka.si',
    });
  });

  it('refuses a custom endpoint no administrator listed in METAKOCKA_ALLOWED_ENDPOINTS, even with a typed key', async () => {
    const checks: string[] = [];
    const ports = memoryPorts({ METAKOCKA_ALLOWED_ENDPOINTS: 'https://mk.example.si, http://metakocka.example.si' });
    const attempt = saveOrgCredentials(
      ports,
      { endpoint: 'custom', customUrl: 'https://other.example.si', companyId: '1', secretKey: KEY },
      'member-admin',
      acceptingOnly('1', KEY, checks),
    );
    await expect(attempt).rejects.toMatchObject({
      code: 'ENDPOINT_NOT_ALLOWED',
      action: expect.stringContaining('METAKOCKA_ALLOWED_ENDPOINTS'),
    });
    expect(checks).toEqual([]);
    const listed = await saveOrgCredentials(
      ports,
      { endpoint: 'custom', customUrl: 'https://mk.example.si', companyId: '1', secretKey: KEY },
      'member-admin',
      acceptingOnly('1', KEY),
    );
    expect(listed.saved).toBe(true);
  });

  it.each([
    [
      { endpoint: 'custom', customUrl: 'http://metakocka.example.si', companyId: '1', secretKey: KEY },
      /must use https/,
    ],
    [
      { endpoint: 'custom', customUrl: 'https://mk.example.si/api', companyId: '1', secretKey: KEY },
      /without a path.*https:\/\/mk\.example\.si/,
    ],
    [{ endpoint: 'production', companyId: 'abc', secretKey: KEY }, /digits only/],
    [{ endpoint: 'production', companyId: '1', secretKey: 'two words' }, /spaces/],
    // Too long is said as too long, with the limit, not as "digits only" or "contains spaces".
    [{ endpoint: 'production', companyId: '7'.repeat(500), secretKey: KEY }, /too long: 500 digits.*at most 12/],
    [{ endpoint: 'production', companyId: '1', secretKey: 'k'.repeat(3000) }, /too long: 3000 characters.*at most 200/],
    [{ endpoint: 'staging', companyId: '1', secretKey: KEY }, /not an endpoint choice/],
  ])('refuses bad input with a message saying what to enter (%#)', async (input, message) => {
    const checks: string[] = [];
    await expect(
      saveOrgCredentials(memoryPorts(), input, 'member-admin', acceptingOnly('1', KEY, checks)),
    ).rejects.toThrow(message);
    expect(checks).toEqual([]);
  });
});

describe('computeHealth', () => {
  const succeeded: LastSync = {
    status: 'SUCCEEDED',
    startedAt: '2026-11-25T17:00:00Z',
    finishedAt: '2026-11-25T17:02:00Z',
    errorSummary: null,
  };

  it('says not configured, naming what is missing', async () => {
    const health = await computeHealth(memoryPorts({ METAKOCKA_COMPANY_ID: '4411' }), {
      check: acceptingOnly('4411', KEY),
      lastSync: async () => null,
    });
    expect(health).toMatchObject({ state: 'NOT_CONFIGURED', missing: ['secretKey'] });
  });

  it('is healthy with the last sync after a verified save, without calling Metakocka again', async () => {
    const ports = memoryPorts();
    await saveOrgCredentials(
      ports,
      { endpoint: 'production', companyId: '4411', secretKey: KEY },
      'member-admin',
      acceptingOnly('4411', KEY),
    );
    const calls: string[] = [];
    const health = await computeHealth(ports, {
      check: acceptingOnly('4411', KEY, calls),
      lastSync: async () => succeeded,
    });
    expect(health).toMatchObject({ state: 'HEALTHY', lastSync: succeeded, changedOutsideAppAt: null });
    expect(calls).toEqual([]);
  });

  it('reports a failed last sync with its summary', async () => {
    const ports = memoryPorts();
    await saveOrgCredentials(
      ports,
      { endpoint: 'production', companyId: '4411', secretKey: KEY },
      'member-admin',
      acceptingOnly('4411', KEY),
    );
    const failed = { ...succeeded, status: 'FAILED', errorSummary: 'MK_UNAVAILABLE: Metakocka did not answer' };
    expect(
      await computeHealth(ports, { check: acceptingOnly('4411', KEY), lastSync: async () => failed }),
    ).toMatchObject({ state: 'SYNC_FAILED', detail: failed.errorSummary });
  });

  /** Credentials saved through the app, checked by a checker that accepts them. */
  async function connected() {
    const ports = memoryPorts();
    const check = acceptingOnly('4411', KEY);
    await saveOrgCredentials(
      ports,
      { endpoint: 'production', companyId: '4411', secretKey: KEY },
      'member-admin',
      check,
    );
    return { ports, check };
  }

  it("words a failed last sync for a Slovenian reader from the run's issue, or from its code for an older run", async () => {
    const { ports, check } = await connected();
    const params = { reason: 'timeout', method: 'get_partner', details: '' };
    const failure = {
      errorCode: 'MK_UNAVAILABLE',
      messageParams: params,
      message: renderError('MK_UNAVAILABLE', params),
      suggestedAction: renderAction('MK_UNAVAILABLE', params),
    };
    const failed = { ...succeeded, status: 'FAILED', errorSummary: `MK_UNAVAILABLE: ${failure.message}` };
    const slovenian = { check, language: async () => 'sl' as const };

    const worded = await computeHealth(ports, { ...slovenian, lastSync: async () => ({ ...failed, failure }) });
    expect(worded).toMatchObject({ state: 'SYNC_FAILED', detail: renderError('MK_UNAVAILABLE', params, 'sl') });
    expect(worded.lastSync).toEqual(expect.objectContaining({ errorSummary: worded.detail }));
    expect(worded.lastSync).not.toHaveProperty('failure');
    const older = await computeHealth(ports, { ...slovenian, lastSync: async () => failed });
    expect(older.detail).toBe(errorCatalogue.sl.MK_UNAVAILABLE.meaning);
    for (const health of [worded, older]) expect(englishWordsIn(health.detail!)).toEqual([]);
  });

  it('counts the records a run left behind with the Slovenian plural forms', async () => {
    const { ports, check } = await connected();
    const detail = async (failedCount: number) =>
      (
        await computeHealth(ports, {
          check,
          language: async () => 'sl',
          lastSync: async () => ({ ...succeeded, status: 'COMPLETED_WITH_ISSUES', stream: 'PRODUCTS', failedCount }),
        })
      ).detail;
    expect(await detail(101)).toBe('Pri zadnji sinhronizaciji izdelkov 101 zapisa ni bilo mogoče sinhronizirati.');
    expect(await detail(5)).toBe('Pri zadnji sinhronizaciji izdelkov 5 zapisov ni bilo mogoče sinhronizirati.');
  });

  it("notices a key changed in Twenty's variables editor, checks it live, says it is refused, and audits the change", async () => {
    const ports = memoryPorts();
    await saveOrgCredentials(
      ports,
      { endpoint: 'production', companyId: '4411', secretKey: KEY },
      'member-admin',
      acceptingOnly('4411', KEY),
    );
    ports.variableStore.set('METAKOCKA_SECRET_KEY', 'typed-in-twenty');
    const calls: string[] = [];
    const health = await computeHealth(ports, {
      check: acceptingOnly('4411', KEY, calls),
      lastSync: async () => succeeded,
    });
    expect(health).toMatchObject({
      state: 'CREDENTIALS_REFUSED',
      changedOutsideAppAt: expect.any(String),
      detail: expect.stringContaining('refused'),
    });
    expect(calls).toHaveLength(1);
    expect(ports.auditLog.at(-1)).toMatchObject({
      action: 'organisation-credentials.changed-outside-app',
      actorWorkspaceMemberId: null,
    });
    // Still refused on the next look (re-checked, not re-audited), and the facts keep the warning.
    expect(
      (await computeHealth(ports, { check: acceptingOnly('4411', KEY, calls), lastSync: async () => succeeded })).state,
    ).toBe('CREDENTIALS_REFUSED');
    expect(calls).toHaveLength(2);
    expect(
      ports.auditLog.filter((entry) => entry.action === 'organisation-credentials.changed-outside-app'),
    ).toHaveLength(1);
    expect((await readOrgFacts(ports)).changedOutsideApp).toBe(true);
  });

  it('accepts a working key changed outside the app but keeps saying it was changed there', async () => {
    const ports = memoryPorts();
    await saveOrgCredentials(
      ports,
      { endpoint: 'production', companyId: '4411', secretKey: KEY },
      'member-admin',
      acceptingOnly('4411', KEY),
    );
    ports.variableStore.set('METAKOCKA_SECRET_KEY', 'new-good-key');
    const health = await computeHealth(ports, {
      check: acceptingOnly('4411', 'new-good-key'),
      lastSync: async () => succeeded,
    });
    expect(health).toMatchObject({ state: 'HEALTHY', changedOutsideAppAt: expect.any(String) });
  });
});
