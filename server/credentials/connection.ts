// The connection test's answer as the settings page shows it: each check with its outcome and a plain-language fix.
// The checks themselves are the doctor's (server/doctor, `twenty-metakocka doctor`), so the page and the CLI agree.
import type { Language } from 'plugin/constants/plural';
import type { OrgCredentials } from 'server/credentials/org-variables';
import type { CheckText } from 'server/doctor/check-texts';

export type CheckOutcome = 'pass' | 'fail' | 'skip';

export interface ConnectionCheck {
  id: string;
  title: string;
  outcome: CheckOutcome;
  /** What was found, in words; never a secret. */
  detail: string;
  /** What to do about a failure; null when nothing needs doing. */
  fix: string | null;
  /** The error catalogue's code of a failure (MK_AUTH for refused credentials), so a page can say it its own way. */
  errorCode?: string;
}

export interface ConnectionReport {
  ok: boolean;
  /** The language the titles, details and fixes are worded in: the caller's. */
  language: Language;
  checks: ConnectionCheck[];
  /** The first failing check's finding and fix: the doctor's diagnosis in one line. */
  diagnosis: { checkId: string; detail: string; fix: string | null } | null;
  /** Metakocka API methods the checks called, for the record and for tests against the sandbox. */
  methodsCalled: string[];
  checkedAt: string;
}

/** The first failed check's finding as texts, so a stored finding is worded again for each reader (the health check). */
export interface CheckFinding {
  detail: CheckText;
  fix: CheckText | null;
}

/** The report worded in `language` (English by default), and the first failure's finding as texts. */
export type ConnectionChecker = (
  credentials: OrgCredentials,
  language?: Language,
) => Promise<{ report: ConnectionReport; finding: CheckFinding | null }>;

export function diagnosisOf(checks: ConnectionCheck[]): ConnectionReport['diagnosis'] {
  const failed = checks.find((check) => check.outcome === 'fail');
  return failed ? { checkId: failed.id, detail: failed.detail, fix: failed.fix } : null;
}
