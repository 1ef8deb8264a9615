// In-memory ports for the credentials module: kv and application variables in maps; credential rows and audit entries
// as Twenty records in the one in-memory Twenty (test/twenty/stand-in/memory-crm.ts), written through the app's own
// credentialRows and auditEntries. Each is inspectable by the tests (what was stored is what a user would find).
import type { ConnectionChecker, ConnectionReport } from 'server/credentials/connection';
import { generateEncryptionKey } from 'server/credentials/encryption';
import type { AuditEntryDraft, CredentialPorts, CredentialRow } from 'server/credentials/ports';
import { auditEntries, credentialRows } from 'server/credentials/twenty-rows';
import { createMemoryCrm, memoryKv } from 'test/twenty/stand-in/memory-crm';

export interface MemoryPorts extends CredentialPorts {
  kvStore: Map<string, unknown>;
  /** The live credential rows by id, as the credentials module reads them. */
  readonly rowStore: ReadonlyMap<string, CredentialRow>;
  /** The audit entries, oldest first. */
  readonly auditLog: AuditEntryDraft[];
  variableStore: Map<string, string>;
}

const pick = <T>(row: Record<string, unknown>, keys: Array<keyof T & string>): T =>
  Object.fromEntries(keys.map((k) => [k, row[k]])) as T;
const ROW_KEYS: Array<keyof CredentialRow & string> = [
  'id',
  'ownerWorkspaceMemberId',
  'companyId',
  'encryptedSecret',
  'label',
  'lastVerifiedAt',
  'status',
  'updatedAt',
];
const AUDIT_KEYS: Array<keyof AuditEntryDraft & string> = [
  'actorWorkspaceMemberId',
  'action',
  'target',
  'detail',
  'before',
  'after',
  'at',
];

export function memoryPorts(
  variables: Record<string, string> = {},
  now = () => new Date('2026-11-25T18:00:00Z'),
): MemoryPorts {
  const kv = memoryKv();
  const twenty = createMemoryCrm(now);
  const { metakockaCredentials: credentials, metakockaAuditEntries: audit } = twenty.tables;
  // The encryption key exists from install on (migrations/0003); pass METAKOCKA_CREDENTIAL_ENCRYPTION_KEY: '' for none.
  const variableStore = new Map(
    Object.entries({ METAKOCKA_CREDENTIAL_ENCRYPTION_KEY: generateEncryptionKey(), ...variables }),
  );
  return {
    kvStore: kv.store,
    get rowStore() {
      return new Map(credentials.live().map((row) => [row.id, pick<CredentialRow>(row, ROW_KEYS)]));
    },
    get auditLog() {
      return [...audit.rows.values()].map((row) => pick<AuditEntryDraft>(row, AUDIT_KEYS));
    },
    variableStore,
    now,
    kv,
    rows: credentialRows(twenty.gateway),
    audit: auditEntries(twenty.gateway),
    variables: {
      get: (key) => variableStore.get(key),
      set: async (key, value) => void variableStore.set(key, value),
    },
  };
}

/** A checker that accepts exactly one company id and secret key, the way Metakocka would. */
export function acceptingOnly(companyId: string, secretKey: string, calls: string[] = []): ConnectionChecker {
  return async (credentials) => {
    calls.push(credentials.companyId);
    const ok = credentials.companyId === companyId && credentials.secretKey === secretKey;
    const report: ConnectionReport = {
      ok,
      language: 'en',
      checks: [
        {
          id: 'reach',
          title: 'Metakocka answers',
          outcome: 'pass',
          detail: `${credentials.baseUrl} answered`,
          fix: null,
        },
        ok
          ? { id: 'auth', title: 'Company id and key accepted', outcome: 'pass', detail: 'accepted', fix: null }
          : {
              id: 'auth',
              title: 'Company id and key accepted',
              outcome: 'fail',
              detail: 'Metakocka refused the company id or secret key.',
              fix: 'Copy both again from Metakocka.',
            },
      ],
      diagnosis: ok
        ? null
        : {
            checkId: 'auth',
            detail: 'Metakocka refused the company id or secret key.',
            fix: 'Copy both again from Metakocka.',
          },
      methodsCalled: ['warehouse_list'],
      checkedAt: '2026-11-25T18:00:00.000Z',
    };
    return { report, finding: null };
  };
}
