// The integration's health in one answer (issue #7): not configured, credentials refused, last sync failed, or
// healthy with the last sync time. Credentials that differ from the ones last checked (someone edited them in
// Twenty's variables editor) are checked live once and flagged; a failing set is re-checked on every look. A stock
// webhook secret too short to use is reported beside the state (D39).
import { APP_VARIABLES } from 'plugin/constants/names';
import { audit } from 'server/credentials/audit';
import type { ConnectionChecker } from 'server/credentials/connection';
import { healthText } from 'server/credentials/health-texts';
import { streamWord } from 'server/language/stream-words';
import { fingerprintOf, matchesFingerprint } from 'server/credentials/fingerprint';
import { usableOrgCredentials } from 'server/credentials/endpoint-guard';
import { EndpointChangedError, EndpointNotAllowedError } from 'server/credentials/errors';
import {
  lastCheckOf,
  readOrgRecord,
  writeOrgRecord,
  type LastCheck,
  type OrgCredentialRecord,
} from 'server/credentials/org-record';
import { readOrgCredentials, type MissingCredential, type OrgCredentials } from 'server/credentials/org-variables';
import type { CredentialPorts } from 'server/credentials/ports';
import { webhookSecretProblem, type WebhookSecretProblem } from 'server/credentials/webhook-secret';
import type { SyncIssueRecord } from 'server/crm';
import { errorCatalogue, isErrorCode } from 'server/error-catalogue';
import { wordCheck } from 'server/doctor/check-texts';
import type { Language } from 'server/language/choice';
import { dashboardListingProblem } from 'server/reports/dashboard-listing';
import { issueWording } from 'server/sync/issues';

/** The most recently finished sync run: a run still going is not "the last sync" (issue #12 item 10). */
export interface LastSync {
  /** The metakockaSyncRun record, so a page can link to it. */
  id?: string;
  status: string; // metakockaSyncRun.status (plugin/constants/select-options.ts SYNC_RUN_STATUS)
  stream?: string | null;
  startedAt: string | null;
  finishedAt: string | null;
  failedCount?: number | null;
  errorSummary: string | null;
  /** A failed run's own issue (the engine raises one with the error's code and parameters), to word its summary in
   *  the reader's language; null for a run that did not fail, or one from before 0.4.0 without it. */
  failure?: Pick<SyncIssueRecord, 'errorCode' | 'messageParams' | 'message' | 'suggestedAction'> | null;
}

export type HealthState =
  | 'NOT_CONFIGURED'
  | 'CREDENTIALS_REFUSED'
  | 'CRITICAL_ISSUES'
  | 'STREAM_FAILING'
  | 'SYNC_FAILED'
  | 'SYNC_ISSUES'
  | 'HEALTHY'
  | 'NEVER_SYNCED';

/** What the alert settings' thresholds judge (issue 18): read by server/alerts/health-facts.ts. */
export interface AlertHealth {
  openCritical: number;
  /** Open CRITICAL issues from which the state is CRITICAL_ISSUES. */
  criticalThreshold: number;
  /** Streams whose newest `failingRunsInARow` runs all failed. */
  failingStreams: string[];
  failingRunsInARow: number;
  /** How many of the newest finished runs in a row ended with issues. */
  issueRunsInARow: number;
  /** From this many, the state is SYNC_ISSUES. */
  issueRunsThreshold: number;
}

export interface Health {
  state: HealthState;
  /** Set when the credentials were changed outside the app (Twenty's variables editor) since the app saved them. */
  changedOutsideAppAt: string | null;
  missing: MissingCredential[];
  /** The failing check's finding and fix, or the failed run's summary. */
  detail: string | null;
  fix: string | null;
  lastSync: LastSync | null;
  /** When the sync run going now started; null when none is running. */
  runningSince: string | null;
  checkedAt: string | null;
  /** Set while the stock webhook refuses every call because its secret is too short (D39); independent of state. */
  webhook: WebhookSecretProblem | null;
  /** The alert thresholds' facts, once connected; null before, or where the caller does not read them. */
  alerts: AlertHealth | null;

  /** Set while the last install could not list the dashboards among Twenty's (D80); independent of state. */
  dashboards: Awaited<ReturnType<typeof dashboardListingProblem>>;
}

export interface HealthDeps {
  /** The reader's language: the member's on the settings page, the workspace's in Twenty's banner; else English. */
  language?: () => Promise<Language>;
  check: ConnectionChecker;
  lastSync: () => Promise<LastSync | null>;
  runningSince?: () => Promise<string | null>;
  alerts?: () => Promise<AlertHealth>;
}

export async function computeHealth(ports: CredentialPorts, deps: HealthDeps): Promise<Health> {
  const lang = (await deps.language?.()) ?? 'en';
  const webhook = webhookSecretProblem(ports.variables.get(APP_VARIABLES.webhookSecret), lang);
  const base = {
    changedOutsideAppAt: null,
    missing: [],
    detail: null,
    fix: null,
    lastSync: null,
    runningSince: null,
    checkedAt: null,
    webhook,
    alerts: null,

    dashboards: await dashboardListingProblem(ports.kv, lang),
  };
  const org = readOrgCredentials((key) => ports.variables.get(key));
  if (!org.ok) return { ...base, state: 'NOT_CONFIGURED', missing: org.missing };

  let credentials: OrgCredentials;
  try {
    credentials = await usableOrgCredentials(ports);
  } catch (error) {
    // The key may not be sent where the API URL points: say so instead of checking it there.
    if (!(error instanceof EndpointChangedError || error instanceof EndpointNotAllowedError)) throw error;
    const record = await noteEndpointChangedOutsideApp(ports, org.credentials, await readOrgRecord(ports.kv));
    const { message, action } = error.describe(lang);
    return {
      ...base,
      state: 'CREDENTIALS_REFUSED',
      changedOutsideAppAt: record.changedOutsideAppAt,
      detail: message,
      fix: action,
    };
  }
  const record = await recheckIfNeeded(ports, deps, credentials, await readOrgRecord(ports.kv));
  const lastCheck = record.lastCheck!;
  const common = { ...base, changedOutsideAppAt: record.changedOutsideAppAt, checkedAt: lastCheck.at };
  if (!lastCheck.ok) return { ...common, state: 'CREDENTIALS_REFUSED', ...lastCheckWords(lastCheck, lang) };
  const [lastSync, runningSince, alerts] = await Promise.all([
    deps.lastSync(),
    deps.runningSince?.() ?? null,
    deps.alerts?.() ?? null,
  ]);
  const synced = { ...common, runningSince, alerts };
  if (lastSync === null) return { ...synced, state: 'NEVER_SYNCED' };
  return { ...synced, lastSync: shownRun(lastSync, lang), ...syncState(lastSync, alerts, lang) };
}

/** The run as the answer shows it: a failed run's summary worded for the reader, without the issue it is worded from.
 *  A finished run's note (a capped run's) is left to the console, which words it from the run's stop code. */
const shownRun = (run: LastSync, lang: Language): LastSync => ({
  id: run.id,
  status: run.status,
  stream: run.stream,
  startedAt: run.startedAt,
  finishedAt: run.finishedAt,
  failedCount: run.failedCount,
  errorSummary: run.status === 'FAILED' ? failureSummary(run, lang) : null,
});

/** A failed check's finding in `lang`, from the texts it was stored with; as stored when it kept none (before 0.4.0). */
function lastCheckWords(lastCheck: LastCheck, lang: Language): Pick<Health, 'detail' | 'fix'> {
  const texts = lastCheck.texts;
  if (!texts) return { detail: lastCheck.detail, fix: lastCheck.fix };
  return { detail: wordCheck(texts.detail, lang), fix: texts.fix ? wordCheck(texts.fix, lang) : null };
}

/** Worst first: CRITICAL issues at their threshold, a stream failing N runs in a row, the last run, issues in a row. */
function syncState(
  lastSync: LastSync,
  alerts: AlertHealth | null,
  lang: Language,
): Pick<Health, 'state' | 'detail' | 'fix'> {
  const failed = lastSync.status === 'FAILED' ? failureSummary(lastSync, lang) : null;
  if (alerts && alerts.openCritical >= alerts.criticalThreshold)
    return { state: 'CRITICAL_ISSUES', detail: failed, fix: null };
  if (alerts && alerts.failingStreams.length > 0) return { state: 'STREAM_FAILING', detail: failed, fix: null };
  if (lastSync.status === 'FAILED') return { state: 'SYNC_FAILED', detail: failed, fix: null };
  const issuesReached = alerts === null || alerts.issueRunsInARow >= alerts.issueRunsThreshold;
  if (lastSync.status === 'COMPLETED_WITH_ISSUES' && issuesReached)
    return { state: 'SYNC_ISSUES', detail: issuesDetail(lastSync, lang), fix: healthText(lang, 'issues.fix') };
  return { state: 'HEALTHY', detail: null, fix: null };
}

/** Why the run failed, worded from its issue's code and parameters. A run without that issue (one from before 0.4.0)
 *  kept "CODE: sentence" in English: another reader gets the code's meaning in their language instead. */
function failureSummary(run: LastSync, lang: Language): string | null {
  if (run.failure) return issueWording(run.failure, lang).message;
  const code = lang === 'en' ? undefined : /^([A-Z][A-Z0-9_]+):/.exec(run.errorSummary ?? '')?.[1];
  return code && isErrorCode(code) ? errorCatalogue[lang][code].meaning : run.errorSummary;
}

function issuesDetail(run: LastSync, lang: Language): string {
  const count = run.failedCount ?? 0;
  if (count <= 0) return healthText(lang, 'issues.detailUncounted');
  return run.stream
    ? healthText(lang, 'issues.detailOfStream', { count, stream: streamWord(lang, run.stream) })
    : healthText(lang, 'issues.detail', { count });
}

/** Records, once, an API URL edited in Twenty's variables editor since the app saved the credentials (D37). */
async function noteEndpointChangedOutsideApp(
  ports: CredentialPorts,
  credentials: OrgCredentials,
  record: OrgCredentialRecord,
): Promise<OrgCredentialRecord> {
  if (
    record.fingerprint === null ||
    record.changedOutsideAppAt !== null ||
    matchesFingerprint(credentials, record.fingerprint)
  )
    return record;
  const at = ports.now().toISOString();
  const next: OrgCredentialRecord = { ...record, changedAt: at, changedOutsideAppAt: at };
  await writeOrgRecord(ports.kv, next);
  const detail = 'API URL changed outside the app; the stored key is not sent there until a manager enters it again';
  await audit(ports, null, 'organisation-credentials.changed-outside-app', 'organisation', detail, {
    before: record.keyBinding?.endpoint ?? null,
    after: credentials.baseUrl,
  });
  return next;
}

async function recheckIfNeeded(
  ports: CredentialPorts,
  deps: HealthDeps,
  credentials: OrgCredentials,
  record: OrgCredentialRecord,
): Promise<OrgCredentialRecord> {
  const changed = !matchesFingerprint(credentials, record.fingerprint);
  if (!changed && record.lastCheck !== null && record.lastCheck.ok) return record;
  const checked = await deps.check(credentials);
  const { report } = checked;
  const lastCheck = lastCheckOf(checked);
  // A first fingerprint (credentials set before the app kept one) is not an outside change.
  const outside = changed && record.fingerprint !== null;
  const next: OrgCredentialRecord = {
    ...record,
    fingerprint: fingerprintOf(credentials),
    changedAt: outside ? report.checkedAt : record.changedAt,
    changedOutsideAppAt: outside ? report.checkedAt : record.changedOutsideAppAt,
    lastCheck,
  };
  await writeOrgRecord(ports.kv, next);
  if (outside) {
    const result = report.ok ? 'the live check passed' : `the live check failed (${lastCheck.checkId})`;
    await audit(
      ports,
      null,
      'organisation-credentials.changed-outside-app',
      'organisation',
      `credentials changed outside the app; ${result}`,
    );
  }
  return next;
}
