// The server's own catalogues outside the error catalogue, in Slovenian (issue 15): the connection checks' words and
// the health words (the settings page's status and Twenty's banner). Every text has its Slovenian with the same
// placeholders, none is left in English, and a Slovenian connection check reads Slovenian end to end.
import { messageTexts, type Message } from 'plugin/constants/plural';
import { healthTexts } from 'server/credentials/health-texts';
import { runConnectionChecks } from 'server/doctor';
import { checkTexts, wordCheck } from 'server/doctor/check-texts';
import { healthBanner } from 'server/routes/health';
import type { Health } from 'server/credentials/health';
import { connectionChecker } from 'server/routes/connection-checker';
import { englishWordsIn, untranslated } from 'test/support/english-leftovers';

const placeholders = (message: Message) =>
  [...new Set(messageTexts(message).flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1])))].sort();

const catalogues = {
  'connection checks': checkTexts as Record<'en' | 'sl', Record<string, Message>>,
  health: healthTexts as Record<'en' | 'sl', Record<string, Message>>,
};

describe.each(Object.keys(catalogues) as Array<keyof typeof catalogues>)('the %s catalogue', (name) => {
  const { en, sl } = catalogues[name];
  it('words every text in Slovenian, with the same placeholders and no English left', () => {
    expect(Object.keys(sl).sort()).toEqual(Object.keys(en).sort());
    const leftovers = Object.keys(en).flatMap((id) => {
      if (JSON.stringify(placeholders(sl[id]!)) !== JSON.stringify(placeholders(en[id]!)))
        return [`${id}: placeholders`];
      const english = messageTexts(en[id]!);
      return messageTexts(sl[id]!)
        .filter((text, i) => englishWordsIn(text).length > 0 || untranslated(text, english[i] ?? ''))
        .map((text) => `${id}: ${text}`);
    });
    expect(leftovers).toEqual([]);
  });
});

describe('a connection check for a Slovenian reader', () => {
  const refusing: typeof fetch = async () =>
    new Response(JSON.stringify({ opr_code: '3', opr_desc: 'Wrong secret_key' }), { status: 200 });
  const credentials = { baseUrl: 'https://main.metakocka.si', companyId: '4411', secretKey: 'wrong-key' };

  it('words every title, finding and fix in Slovenian, and keeps the finding to word it again', async () => {
    const { report, finding } = await connectionChecker({ fetch: refusing, now: () => new Date() })(credentials, 'sl');
    expect(report).toMatchObject({ ok: false, language: 'sl', diagnosis: { checkId: 'credentials' } });
    const texts = report.checks.flatMap((check) => [check.title, check.detail, check.fix ?? '']);
    expect(texts.filter((text) => englishWordsIn(text).length > 0)).toEqual([]);
    expect(report.checks.find((check) => check.id === 'credentials')?.fix).toContain('Nastavitve → API');
    // The stored finding is worded again for an English reader: the doctor's own English.
    const [doctor] = (await runConnectionChecks(credentials, { fetch: refusing })).filter((c) => !c.ok && !c.skipped);
    expect([wordCheck(finding!.detail, 'en'), wordCheck(finding!.fix!, 'en')]).toEqual([doctor!.detail, doctor!.fix]);
  });

  it('words the checks a bad address skips, with counted warehouses in the right form', () => {
    expect(wordCheck({ id: 'familyA.warehouses', params: { count: 2 } }, 'sl')).toBe('Najdeni sta 2 skladišči.');
    expect(wordCheck({ id: 'familyA.warehouses', params: { count: 5 } }, 'sl')).toBe('Najdenih je 5 skladišč.');
    expect(wordCheck({ id: 'skip.unusable' }, 'sl')).toBe(
      'Ni preverjeno: Metakocke sploh ni bilo mogoče uporabiti (glejte zgoraj).',
    );
  });
});

describe("Twenty's banner in the workspace's language", () => {
  const base: Health = {
    state: 'SYNC_FAILED',
    changedOutsideAppAt: '2026-12-01T09:00:00.000Z',
    missing: [],
    detail: null,
    fix: null,
    lastSync: { status: 'FAILED', startedAt: null, finishedAt: '2026-12-01T10:00:00.000Z', errorSummary: null },
    runningSince: '2026-12-01T11:00:00.000Z',
    checkedAt: null,
    webhook: { detail: 'x', fix: 'y' },
    alerts: {
      openCritical: 3,
      criticalThreshold: 1,
      failingStreams: ['PRODUCTS'],
      failingRunsInARow: 3,
      issueRunsInARow: 0,
      issueRunsThreshold: 1,
    },
    dashboards: null,
  };

  it.each([
    'NOT_CONFIGURED',
    'CREDENTIALS_REFUSED',
    'CRITICAL_ISSUES',
    'STREAM_FAILING',
    'SYNC_FAILED',
    'SYNC_ISSUES',
    'NEVER_SYNCED',
    'HEALTHY',
  ] as const)('%s reads Slovenian', (state) => {
    const banner = healthBanner({ ...base, state, missing: ['companyId'], webhook: null }, 'sl');
    const words = 'title' in banner ? [banner.title, banner.description ?? '', banner.action?.label ?? ''] : [];
    expect(words.filter((text) => englishWordsIn(text).length > 0)).toEqual([]);
    expect(banner).not.toEqual(healthBanner({ ...base, state, missing: ['companyId'], webhook: null }, 'en'));
  });

  it('counts open CRITICAL issues with the Slovenian plural', () => {
    const banner = healthBanner({ ...base, state: 'CRITICAL_ISSUES', webhook: null }, 'sl');
    expect('title' in banner && banner.title).toBe('3 odprte KRITIČNE težave pri sinhronizaciji');
  });
});
