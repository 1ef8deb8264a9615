// The organisation's credentials: facts for the settings page (never the key), and a save that first proves the
// new values against Metakocka, so a failed check changes nothing (issue #7).
import { audit } from 'server/credentials/audit';
import type { ConnectionChecker, ConnectionReport } from 'server/credentials/connection';
import { assertEndpointAllowed, assertKeyBoundTo } from 'server/credentials/endpoint-guard';
import { EndpointChangedError } from 'server/credentials/errors';
import { fingerprintOf, matchesFingerprint, secretFingerprintOf } from 'server/credentials/fingerprint';
import { readOrgRecord, writeOrgRecord, type OrgCredentialRecord } from 'server/credentials/org-record';
import {
  configuredEndpoint,
  endpointKind,
  readOrgCredentials,
  VARIABLES,
  type EndpointKind,
  type OrgCredentials,
} from 'server/credentials/org-variables';
import type { CredentialPorts } from 'server/credentials/ports';
import { parseCompanyId, parseEndpoint, parseSecretKey } from 'server/credentials/validation';

export interface OrgCredentialFacts {
  companyId: string | null;
  secretKeySet: boolean;
  apiUrl: string;
  endpoint: EndpointKind;
  changedAt: string | null;
  /** True when the values differ from the ones the app last verified, e.g. after an edit in Twenty's variables editor. */
  changedOutsideApp: boolean;
  lastCheck: OrgCredentialRecord['lastCheck'];
}

export async function readOrgFacts(ports: CredentialPorts): Promise<OrgCredentialFacts> {
  const read = readOrgCredentials((key) => ports.variables.get(key));
  const record = await readOrgRecord(ports.kv);
  const baseUrl = read.ok ? read.credentials.baseUrl : read.baseUrl;
  return {
    companyId: read.ok ? read.credentials.companyId : read.companyId,
    secretKeySet: read.ok || !read.missing.includes('secretKey'),
    apiUrl: baseUrl,
    endpoint: endpointKind(baseUrl),
    changedAt: record.changedAt,
    changedOutsideApp:
      record.changedOutsideAppAt !== null ||
      (read.ok && record.fingerprint !== null && !matchesFingerprint(read.credentials, record.fingerprint)),
    lastCheck: record.lastCheck,
  };
}

/** What the form sent; each value is checked here (absent ones too), with the message the settings page shows. */
export interface OrgCredentialsInput {
  endpoint?: unknown;
  customUrl?: unknown;
  companyId?: unknown;
  /** Omitted or empty: keep the stored key (the field is write-only, so the page cannot send it back). */
  secretKey?: unknown;
}

/**
 * Parses the form; an empty secret key means "keep the stored one", which is only ever sent to the endpoint it was
 * saved with: a form that names another endpoint with an empty key is refused (D37).
 */
export async function candidateCredentials(
  ports: CredentialPorts,
  input: OrgCredentialsInput,
): Promise<OrgCredentials> {
  const baseUrl = parseEndpoint(input.endpoint, input.customUrl);
  assertEndpointAllowed(ports.variables, baseUrl);
  const companyId = parseCompanyId(input.companyId);
  if (typeof input.secretKey === 'string' && input.secretKey.trim() !== '')
    return { baseUrl, companyId, secretKey: parseSecretKey(input.secretKey) };
  const secretKey = parseSecretKey(ports.variables.get(VARIABLES.secretKey));
  const storedFor = configuredEndpoint((key) => ports.variables.get(key));
  if (storedFor !== baseUrl) throw new EndpointChangedError(storedFor, baseUrl);
  await assertKeyBoundTo(ports, baseUrl, secretKey);
  return { baseUrl, companyId, secretKey };
}

export type SaveOrgOutcome =
  { saved: true; facts: OrgCredentialFacts; report: ConnectionReport } | { saved: false; report: ConnectionReport };

export async function saveOrgCredentials(
  ports: CredentialPorts,
  input: OrgCredentialsInput,
  actorWorkspaceMemberId: string,
  check: ConnectionChecker,
): Promise<SaveOrgOutcome> {
  const next = await candidateCredentials(ports, input);
  const { report } = await check(next);
  if (!report.ok) return { saved: false, report };
  const previous = readOrgCredentials((key) => ports.variables.get(key));
  const changes = describeChanges(
    previous.ok ? previous.credentials : null,
    previous.ok ? null : previous.companyId,
    next,
  );
  const previousEndpoint = configuredEndpoint((key) => ports.variables.get(key));
  // The secret first: a crash after it leaves a pair the health check flags (fingerprint mismatch), never a silent mix.
  if (changes.secret) await ports.variables.set(VARIABLES.secretKey, next.secretKey);
  if (changes.companyId) await ports.variables.set(VARIABLES.companyId, next.companyId);
  if (changes.baseUrl) await ports.variables.set(VARIABLES.apiUrl, next.baseUrl);
  const at = ports.now().toISOString();
  const record = await readOrgRecord(ports.kv);
  await writeOrgRecord(ports.kv, {
    fingerprint: fingerprintOf(next),
    changedAt: changes.secret || changes.companyId || record.changedAt === null ? at : record.changedAt,
    changedBy: actorWorkspaceMemberId,
    changedOutsideAppAt: null,
    lastCheck: { ok: true, at, checkId: null, detail: null, fix: null },
    keyBinding: { endpoint: next.baseUrl, key: secretFingerprintOf(next.secretKey) },
  });
  const detail = changes.words.join('; ') || 'verified without changes';
  await audit(ports, actorWorkspaceMemberId, 'organisation-credentials.saved', 'organisation', detail, {
    before: previousEndpoint,
    after: next.baseUrl,
  });
  return { saved: true, facts: await readOrgFacts(ports), report };
}

function describeChanges(previous: OrgCredentials | null, previousCompanyId: string | null, next: OrgCredentials) {
  const oldCompanyId = previous?.companyId ?? previousCompanyId;
  const companyId = oldCompanyId !== next.companyId;
  const secret = previous?.secretKey !== next.secretKey;
  const baseUrl = (previous?.baseUrl ?? null) !== next.baseUrl;
  const words = [
    companyId ? `company id ${oldCompanyId ?? '(none)'} → ${next.companyId}` : null,
    secret ? (previous ? 'secret key replaced' : 'secret key set') : null,
    baseUrl ? `endpoint ${previous?.baseUrl ?? '(default)'} → ${next.baseUrl}` : null,
  ].filter((word): word is string => word !== null);
  return { companyId, secret, baseUrl, words };
}
