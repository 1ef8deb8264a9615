// The integration's health in one answer (issue #7): not configured, credentials refused, last sync failed, or
// healthy with the last sync time. Credentials that differ from the ones last checked (someone edited them in
// Twenty's variables editor) are checked live once and flagged; a failing set is re-checked on every look.
import { audit } from 'server/credentials/audit';
import type { ConnectionChecker } from 'server/credentials/connection';
import { fingerprintOf, matchesFingerprint } from 'server/credentials/fingerprint';
import { usableOrgCredentials } from 'server/credentials/endpoint-guard';
import { EndpointChangedError, EndpointNotAllowedError } from 'server/credentials/errors';
import { readOrgRecord, writeOrgRecord, type LastCheck, type OrgCredentialRecord } from 'server/credentials/org-record';
import { readOrgCredentials, type OrgCredentials } from 'server/credentials/org-variables';
import type { CredentialPorts } from 'server/credentials/ports';

export interface LastSync {
  status: string; // metakockaSyncRun.status (plugin/constants/select-options.ts SYNC_RUN_STATUS)
  startedAt: string | null;
  finishedAt: string | null;
  errorSummary: string | null;
}

export type HealthState = 'NOT_CONFIGURED' | 'CREDENTIALS_REFUSED' | 'SYNC_FAILED' | 'HEALTHY' | 'NEVER_SYNCED';

export interface Health {
  state: HealthState;
  /** Set when the credentials were changed outside the app (Twenty's variables editor) since the app saved them. */
  changedOutsideAppAt: string | null;
  missing: string[];
  /** The failing check's finding and fix, or the failed run's summary. */
  detail: string | null;
  fix: string | null;
  lastSync: LastSync | null;
  checkedAt: string | null;
}

export interface HealthDeps {
  check: ConnectionChecker;
  lastSync: () => Promise<LastSync | null>;
}

export async function computeHealth(ports: CredentialPorts, deps: HealthDeps): Promise<Health> {
  const base = { changedOutsideAppAt: null, missing: [], detail: null, fix: null, lastSync: null, checkedAt: null };
  const org = readOrgCredentials((key) => ports.variables.get(key));
  if (!org.ok) return { ...base, state: 'NOT_CONFIGURED', missing: org.missing };

  let credentials: OrgCredentials;
  try {
    credentials = await usableOrgCredentials(ports);
  } catch (error) {
    // The key may not be sent where the API URL points: say so instead of checking it there.
    if (!(error instanceof EndpointChangedError || error instanceof EndpointNotAllowedError)) throw error;
    const record = await noteEndpointChangedOutsideApp(ports, org.credentials, await readOrgRecord(ports.kv));
    return { ...base, state: 'CREDENTIALS_REFUSED', changedOutsideAppAt: record.changedOutsideAppAt, detail: error.message, fix: error.action };
  }
  const record = await recheckIfNeeded(ports, deps, credentials, await readOrgRecord(ports.kv));
  const lastCheck = record.lastCheck!;
  const common = { ...base, changedOutsideAppAt: record.changedOutsideAppAt, checkedAt: lastCheck.at };
  if (!lastCheck.ok) return { ...common, state: 'CREDENTIALS_REFUSED', detail: lastCheck.detail, fix: lastCheck.fix };
  const lastSync = await deps.lastSync();
  if (lastSync === null) return { ...common, state: 'NEVER_SYNCED' };
  if (lastSync.status === 'FAILED') return { ...common, lastSync, state: 'SYNC_FAILED', detail: lastSync.errorSummary };
  return { ...common, lastSync, state: 'HEALTHY' };
}

/** Records, once, an API URL edited in Twenty's variables editor since the app saved the credentials (D37). */
async function noteEndpointChangedOutsideApp(ports: CredentialPorts, credentials: OrgCredentials, record: OrgCredentialRecord): Promise<OrgCredentialRecord> {
  if (record.fingerprint === null || record.changedOutsideAppAt !== null || matchesFingerprint(credentials, record.fingerprint)) return record;
  const at = ports.now().toISOString();
  const next: OrgCredentialRecord = { ...record, changedAt: at, changedOutsideAppAt: at };
  await writeOrgRecord(ports.kv, next);
  const detail = 'API URL changed outside the app; the stored key is not sent there until a manager enters it again';
  await audit(ports, null, 'organisation-credentials.changed-outside-app', 'organisation', detail, { before: record.keyBinding?.endpoint ?? null, after: credentials.baseUrl });
  return next;
}

async function recheckIfNeeded(ports: CredentialPorts, deps: HealthDeps, credentials: OrgCredentials, record: OrgCredentialRecord): Promise<OrgCredentialRecord> {
  const changed = !matchesFingerprint(credentials, record.fingerprint);
  if (!changed && record.lastCheck !== null && record.lastCheck.ok) return record;
  const report = await deps.check(credentials);
  const lastCheck: LastCheck = {
    ok: report.ok,
    at: report.checkedAt,
    checkId: report.diagnosis?.checkId ?? null,
    detail: report.diagnosis?.detail ?? null,
    fix: report.diagnosis?.fix ?? null,
  };
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
    await audit(ports, null, 'organisation-credentials.changed-outside-app', 'organisation', `credentials changed outside the app; ${result}`);
  }
  return next;
}
