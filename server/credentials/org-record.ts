// What the app remembers in kv about the organisation's credentials: fingerprints, never the key (issue #7, D37).
import type { CheckFinding, ConnectionChecker } from 'server/credentials/connection';
import type { Fingerprint } from 'server/credentials/fingerprint';
import type { KvPort } from 'server/host/kv';

const ORG_RECORD_KEY = 'metakocka:credentials:organisation';

export interface OrgCredentialRecord {
  /** Of the credentials last checked (saved through the app, or noticed by the health check). */
  fingerprint: Fingerprint | null;
  changedAt: string | null;
  changedBy: string | null;
  /** When the health check noticed an edit made outside the app; cleared by the next save through the app. */
  changedOutsideAppAt: string | null;
  lastCheck: LastCheck | null;
  /** The endpoint the secret key was saved with, and a fingerprint of that key: it is sent nowhere else (D37). */
  keyBinding: KeyBinding | null;
}

export interface KeyBinding {
  endpoint: string;
  key: Fingerprint;
}

export interface LastCheck {
  ok: boolean;
  at: string;
  checkId: string | null;
  /** As worded for whoever ran the check; `texts` words them again for each reader (absent before 0.4.0). */
  detail: string | null;
  fix: string | null;
  texts?: CheckFinding | null;
}

/** What the health check remembers of a connection test. */
export const lastCheckOf = ({ report, finding }: Awaited<ReturnType<ConnectionChecker>>): LastCheck => ({
  ok: report.ok,
  at: report.checkedAt,
  checkId: report.diagnosis?.checkId ?? null,
  detail: report.diagnosis?.detail ?? null,
  fix: report.diagnosis?.fix ?? null,
  texts: finding,
});

const EMPTY_RECORD: OrgCredentialRecord = {
  fingerprint: null,
  changedAt: null,
  changedBy: null,
  changedOutsideAppAt: null,
  lastCheck: null,
  keyBinding: null,
};

export async function readOrgRecord(kv: KvPort): Promise<OrgCredentialRecord> {
  return { ...EMPTY_RECORD, ...((await kv.get<OrgCredentialRecord>(ORG_RECORD_KEY)) ?? {}) };
}

export async function writeOrgRecord(kv: KvPort, record: OrgCredentialRecord): Promise<void> {
  await kv.set(ORG_RECORD_KEY, record);
}
