// The diagnosis as plain text for people: one line per check, and for a failure what happened and what to do.
import type { ConnectionCheck } from './checks';
import { diagnosisExitCode } from './checks';

const MARK = { ok: '[ OK ]', fail: '[FAIL]', skip: '[ -- ]' };

export function formatDiagnosis(checks: ConnectionCheck[], target: { baseUrl: string; companyId: string }): string {
  const lines = [`Metakocka connection check: company ${target.companyId} at ${target.baseUrl}`, ''];
  for (const c of checks) {
    lines.push(`${c.ok ? MARK.ok : c.skipped ? MARK.skip : MARK.fail} ${c.title}`);
    if (c.ok || c.skipped) {
      if (c.detail) lines.push(`       ${c.detail}`);
      continue;
    }
    lines.push(`       What happened: ${c.detail}`, `       What to do:    ${c.fix}`);
  }
  const exitCode = diagnosisExitCode(checks);
  const firstFailure = checks.find((c) => !c.ok && !c.skipped);
  lines.push(
    '',
    firstFailure
      ? `Result: NOT WORKING (${firstFailure.errorCode ?? 'error'}, exit code ${exitCode}). Fix the first failed step, then run the check again. See docs/troubleshooting.md.`
      : 'Result: everything works. The app can sync with Metakocka.',
  );
  return `${lines.join('\n')}\n`;
}
