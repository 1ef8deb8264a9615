// The connection test behind the settings page: the doctor's own checks (server/doctor, `twenty-metakocka doctor`),
// run with candidate credentials and turned into the page's report shape, so the page and the CLI always agree.
import { diagnosisOf, type ConnectionChecker, type ConnectionCheck } from 'server/credentials/connection';
import { runConnectionChecks, type ConnectionCheck as DoctorCheck } from 'server/doctor';

export function connectionChecker(options: { fetch?: typeof fetch; now: () => Date }): ConnectionChecker {
  return async (credentials) => {
    const methodsCalled: string[] = [];
    const baseFetch = options.fetch ?? ((...args: Parameters<typeof fetch>) => globalThis.fetch(...args));
    // Records which Metakocka methods the checks called (the last path segment, API.md §1.1), never the body.
    const countingFetch: typeof fetch = (input, init) => {
      const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
      methodsCalled.push(new URL(url).pathname.split('/').filter(Boolean).pop() ?? '');
      return baseFetch(input, init);
    };
    const checks = (await runConnectionChecks(credentials, { fetch: countingFetch })).map(toPageCheck);
    return {
      ok: checks.every((check) => check.outcome === 'pass'),
      checks,
      diagnosis: diagnosisOf(checks),
      methodsCalled,
      checkedAt: options.now().toISOString(),
    };
  };
}

const toPageCheck = (check: DoctorCheck): ConnectionCheck => ({
  id: check.id,
  title: check.title,
  outcome: check.ok ? 'pass' : check.skipped ? 'skip' : 'fail',
  detail: check.detail,
  fix: check.ok || check.fix === '' ? null : check.fix,
  ...(check.ok || !check.errorCode ? {} : { errorCode: check.errorCode }),
});
