// The connection test behind the settings page: the doctor's own checks (server/doctor, `twenty-metakocka doctor`),
// run with candidate credentials and turned into the page's report shape, so the page and the CLI always agree.
import type { Language } from 'plugin/constants/plural';
import { diagnosisOf, type ConnectionChecker, type ConnectionCheck } from 'server/credentials/connection';
import { runConnectionChecks, type ConnectionCheck as DoctorCheck } from 'server/doctor';
import { checkTexts, wordCheck } from 'server/doctor/check-texts';

export function connectionChecker(options: { fetch?: typeof fetch; now: () => Date }): ConnectionChecker {
  return async (credentials, language = 'en') => {
    const methodsCalled: string[] = [];
    const baseFetch = options.fetch ?? ((...args: Parameters<typeof fetch>) => globalThis.fetch(...args));
    // Records which Metakocka methods the checks called (the last path segment, API.md §1.1), never the body.
    const countingFetch: typeof fetch = (input, init) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      methodsCalled.push(new URL(url).pathname.split('/').filter(Boolean).pop() ?? '');
      return baseFetch(input, init);
    };
    const doctorChecks = await runConnectionChecks(credentials, { fetch: countingFetch });
    const checks = doctorChecks.map((check) => toPageCheck(check, language));
    const failed = doctorChecks.find((check) => !check.ok && !check.skipped);
    return {
      report: {
        language,
        ok: checks.every((check) => check.outcome === 'pass'),
        checks,
        diagnosis: diagnosisOf(checks),
        methodsCalled,
        checkedAt: options.now().toISOString(),
      },
      finding: failed ? failed.texts : null,
    };
  };
}

/** A doctor's check in the caller's language. */
function toPageCheck(check: DoctorCheck, language: Language): ConnectionCheck {
  const fix = check.ok ? null : check.texts.fix;
  return {
    id: check.id,
    title: checkTexts[language][`title.${check.id}`] as string,
    outcome: check.ok ? 'pass' : check.skipped ? 'skip' : 'fail',
    detail: wordCheck(check.texts.detail, language),
    fix: fix ? wordCheck(fix, language) : null,
    ...(check.ok || !check.errorCode ? {} : { errorCode: check.errorCode }),
  };
}
