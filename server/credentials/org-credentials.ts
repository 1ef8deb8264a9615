// The organisation's credentials: facts for the settings page (never the key), and a save that first proves the
// new values against Metakocka, so a failed check changes nothing (issue #7).
import { audit } from 'server/credentials/audit';
import type { ConnectionChecker, ConnectionReport } from 'server/credentials/connection';
import { fingerprintOf, matchesFingerprint, type Fingerprint } from 'server/credentials/fingerprint';
import { endpointKind, readOrgCredentials, VARIABLES, type EndpointKind, type OrgCredentials } from 'server/credentials/org-variables';
import type { CredentialPorts, KvPort } from 'server/credentials/ports';
import { parseCompanyId, parseEndpoint, parseSecretKey } from 'server/credentials/validation';

const ORG_RECORD_KEY = 'metakocka:credentials:organisation';

/** What the app remembers about the credentials it last verified; a fingerprint, never the key. */
export interface OrgCredentialRecord {
  /** Of the credentials last checked (saved through the app, or noticed by the health check). */
  fingerprint: Fingerprint | null;
  changedAt: string | null;
  changedBy: string | null;
  /** When the health check noticed an edit made outside the app; cleared by the next save through the app. */
  changedOutsideAppAt: string | null;
  lastCheck: LastCheck | null;
}

export interface LastCheck {
  ok: boolean;
  at: string;
  checkId: string | null;
  detail: string | null;
  fix: string | null;
}

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

const EMPTY_RECORD: OrgCredentialRecord = { fingerprint: null, changedAt: null, changedBy: null, changedOutsideAppAt: null, lastCheck: null };

export async function readOrgRecord(kv: KvPort): Promise<OrgCredentialRecord> {
  return { ...EMPTY_RECORD, ...((await kv.get<OrgCredentialRecord>(ORG_RECORD_KEY)) ?? {}) };
}

export async function writeOrgRecord(kv: KvPort, record: OrgCredentialRecord): Promise<void> {
  await kv.set(ORG_RECORD_KEY, record);
}

export async function readOrgFacts(ports: CredentialPorts): Promise<OrgCredentialFacts> {
  const read = readOrgCredentials((key) => ports.variables.get(key));
  const record = await readOrgRecord(ports.kv);
  const baseUrl = read.ok ? read.credentials.baseUrl : read.baseUrl;
  return {
    companyId: read.ok ? read.credentials.companyId : read.companyId,
    secretKeySet: read.ok || !read.missing.includes('the secret key'),
    apiUrl: baseUrl,
    endpoint: endpointKind(baseUrl),
    changedAt: record.changedAt,
    changedOutsideApp: record.changedOutsideAppAt !== null || (read.ok && record.fingerprint !== null && !matchesFingerprint(read.credentials, record.fingerprint)),
    lastCheck: record.lastCheck,
  };
}

export interface OrgCredentialsInput {
  endpoint: unknown;
  customUrl?: unknown;
  companyId: unknown;
  /** Omitted or empty: keep the stored key (the field is write-only, so the page cannot send it back). */
  secretKey?: unknown;
}

/** Parses the form; an empty secret key means "keep the stored one". */
export function candidateCredentials(ports: CredentialPorts, input: OrgCredentialsInput): OrgCredentials {
  const baseUrl = parseEndpoint(input.endpoint, input.customUrl);
  const companyId = parseCompanyId(input.companyId);
  const typed = typeof input.secretKey === 'string' && input.secretKey.trim() !== '';
  const stored = ports.variables.get(VARIABLES.secretKey);
  const secretKey = parseSecretKey(typed ? input.secretKey : stored);
  return { baseUrl, companyId, secretKey };
}

export type SaveOrgOutcome = { saved: true; facts: OrgCredentialFacts; report: ConnectionReport } | { saved: false; report: ConnectionReport };

export async function saveOrgCredentials(
  ports: CredentialPorts,
  input: OrgCredentialsInput,
  actorWorkspaceMemberId: string,
  check: ConnectionChecker,
): Promise<SaveOrgOutcome> {
  const next = candidateCredentials(ports, input);
  const report = await check(next);
  if (!report.ok) return { saved: false, report };
  const previous = readOrgCredentials((key) => ports.variables.get(key));
  const changes = describeChanges(previous.ok ? previous.credentials : null, previous.ok ? null : previous.companyId, next);
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
  });
  await audit(ports, actorWorkspaceMemberId, 'organisation-credentials.saved', 'organisation', changes.words.join('; ') || 'verified without changes');
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
