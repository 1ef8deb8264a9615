// In-memory ports for the credentials module: kv, credential rows, audit entries and application variables, each
// inspectable by the tests (what was stored is what a user would find in Twenty).
import { randomUUID } from 'node:crypto';

import type { ConnectionChecker, ConnectionReport } from 'server/credentials/connection';
import { generateEncryptionKey } from 'server/credentials/encryption';
import type { AuditEntryDraft, CredentialPorts, CredentialRow } from 'server/credentials/ports';

export interface MemoryPorts extends CredentialPorts {
  kvStore: Map<string, unknown>;
  rowStore: Map<string, CredentialRow>;
  auditLog: AuditEntryDraft[];
  variableStore: Map<string, string>;
}

export function memoryPorts(variables: Record<string, string> = {}, now = () => new Date('2026-11-25T18:00:00Z')): MemoryPorts {
  const kvStore = new Map<string, unknown>();
  const rowStore = new Map<string, CredentialRow>();
  const auditLog: AuditEntryDraft[] = [];
  // The encryption key exists from install on (migrations/0003); pass METAKOCKA_CREDENTIAL_ENCRYPTION_KEY: '' for none.
  const variableStore = new Map(Object.entries({ METAKOCKA_CREDENTIAL_ENCRYPTION_KEY: generateEncryptionKey(), ...variables }));
  return {
    kvStore,
    rowStore,
    auditLog,
    variableStore,
    now,
    kv: {
      get: async <T>(key: string) => (kvStore.has(key) ? (structuredClone(kvStore.get(key)) as T) : null),
      set: async (key, value) => void kvStore.set(key, structuredClone(value)),
      delete: async (key) => kvStore.delete(key),
    },
    rows: {
      findByOwner: async (owner) => [...rowStore.values()].find((row) => row.ownerWorkspaceMemberId === owner) ?? null,
      list: async () => [...rowStore.values()],
      async create(draft) {
        if ([...rowStore.values()].some((row) => row.ownerWorkspaceMemberId === draft.ownerWorkspaceMemberId)) throw new Error('unique violation');
        const row = { ...draft, id: randomUUID(), updatedAt: now().toISOString() };
        rowStore.set(row.id, row);
        return row;
      },
      async update(id, patch) {
        const row = rowStore.get(id);
        if (!row) throw new Error(`no row ${id}`);
        rowStore.set(id, { ...row, ...patch, updatedAt: now().toISOString() });
      },
      async destroy(id) {
        if (!rowStore.delete(id)) throw new Error(`no row ${id}`);
      },
    },
    audit: {
      record: async (entry) => void auditLog.push(entry),
      list: async (limit) => auditLog.slice(-limit).reverse(),
    },
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
      checks: [
        { id: 'reach', title: 'Metakocka answers', outcome: 'pass', detail: `${credentials.baseUrl} answered`, fix: null },
        ok
          ? { id: 'auth', title: 'Company id and key accepted', outcome: 'pass', detail: 'accepted', fix: null }
          : { id: 'auth', title: 'Company id and key accepted', outcome: 'fail', detail: 'Metakocka refused the company id or secret key.', fix: 'Copy both again from Metakocka.' },
      ],
      diagnosis: ok ? null : { checkId: 'auth', detail: 'Metakocka refused the company id or secret key.', fix: 'Copy both again from Metakocka.' },
      methodsCalled: ['warehouse_list'],
      checkedAt: '2026-11-25T18:00:00.000Z',
    };
    return report;
  };
}
