// What the credentials module needs from the outside world, as narrow interfaces: the host (server/host) builds
// them from Twenty's kv, application variables and GraphQL API; tests build them in memory or on the stand-ins.
import type { CredentialStatus } from 'plugin/constants/select-options';
import type { KvPort } from 'server/host/kv';

export type { CredentialStatus };

/** One row of metakockaCredential: the secret only as an encrypted envelope. */
export interface CredentialRow {
  id: string;
  ownerWorkspaceMemberId: string;
  companyId: string;
  encryptedSecret: string;
  label: string | null;
  lastVerifiedAt: string | null;
  status: CredentialStatus;
  updatedAt: string | null;
}

export type CredentialDraft = Omit<CredentialRow, 'id' | 'updatedAt'>;

/** metakockaCredential rows; written with the app's own token only (the object is app-writable). */
export interface CredentialRowsPort {
  findByOwner(ownerWorkspaceMemberId: string): Promise<CredentialRow | null>;
  list(): Promise<CredentialRow[]>;
  create(draft: CredentialDraft): Promise<CredentialRow>;
  update(id: string, patch: Partial<CredentialDraft>): Promise<void>;
  /** Hard delete: a revoked secret must not linger as a soft-deleted row. */
  destroy(id: string): Promise<void>;
}

export interface AuditEntryDraft {
  actorWorkspaceMemberId: string | null;
  action: string;
  target: string;
  /** What changed, in words; never a value of a secret. */
  detail: string;
  /** The target before and after the change (a status, a partner id, an endpoint); never a secret. */
  before?: string | null;
  after?: string | null;
  at: string;
}

export interface AuditPort {
  record(entry: AuditEntryDraft): Promise<void>;
  list(limit: number): Promise<AuditEntryDraft[]>;
}

/** Application variables: read from the function's environment, written through the metadata API (APPS.md §2.1). */
export interface AppVariablesPort {
  get(key: string): string | undefined;
  /** Saves the value in Twenty; get() returns it for the rest of this run (the process env is read once at start). */
  set(key: string, value: string): Promise<void>;
}

export interface CredentialPorts {
  kv: KvPort;
  rows: CredentialRowsPort;
  audit: AuditPort;
  variables: AppVariablesPort;
  now: () => Date;
}
