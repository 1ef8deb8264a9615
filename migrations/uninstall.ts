// What the uninstall hook removes: the app's kv state and the per-user Metakocka credential rows (secrets, even
// encrypted, must not outlive the app). Synced business data (companies, people, products, documents, runs, issues)
// stays in Twenty on purpose; docs/architecture.md records the decision.
import { OBJECT_NAMES } from 'plugin/constants/names';
import { createCrmGateway } from 'server/crm/gateway';
import type { AppRuntime } from 'server/host/runtime';

// Root fields and types are the object's names, capitalised (APPS.md §8 "How custom objects and app fields appear").
const capitalise = (name: string): string => name.charAt(0).toUpperCase() + name.slice(1);
export const CREDENTIAL_OBJECT = {
  plural: OBJECT_NAMES.credential.plural,
  type: capitalise(OBJECT_NAMES.credential.singular),
  destroyMany: `destroy${capitalise(OBJECT_NAMES.credential.plural)}`,
} as const;

export interface UninstallReport {
  kvKeysDeleted: number;
  credentialRowsDestroyed: number;
}

const PAGE = 200; // Twenty reads and writes at most 200 records per call (contract/README.md "Key limits").

// Mentioning deletedAt makes soft-deleted rows visible too (contract/README.md "Queries and paging").
const LIST = `query UninstallCredentialIds($filter: ${CREDENTIAL_OBJECT.type}FilterInput) {
  ${CREDENTIAL_OBJECT.plural}(filter: $filter, first: ${PAGE}) { edges { node { id } } }
}`;
const ALL_ROWS = { or: [{ deletedAt: { is: 'NULL' } }, { deletedAt: { is: 'NOT_NULL' } }] };
const DESTROY = `mutation UninstallDestroyCredentials($filter: ${CREDENTIAL_OBJECT.type}FilterInput!) {
  ${CREDENTIAL_OBJECT.destroyMany}(filter: $filter) { id }
}`;

interface ListAnswer {
  [plural: string]: { edges: Array<{ node: { id: string } }> };
}

export async function destroyCredentialRows(runtime: AppRuntime): Promise<number> {
  const gateway = createCrmGateway({
    apiUrl: runtime.crm.apiUrl,
    token: runtime.crm.token('application'),
    fetch: runtime.crm.fetch,
  });
  let destroyed = 0;
  for (;;) {
    const answer = await gateway.request<ListAnswer>(LIST, { filter: ALL_ROWS });
    const ids = (answer[CREDENTIAL_OBJECT.plural]?.edges ?? []).map((edge) => edge.node.id);
    if (ids.length === 0) return destroyed;
    const result = await gateway.request<Record<string, Array<{ id: string }>>>(DESTROY, {
      filter: { id: { in: ids } },
    });
    const count = result[CREDENTIAL_OBJECT.destroyMany]?.length ?? 0;
    // Without this check a role that may list but not destroy the rows would loop forever.
    if (count === 0)
      throw new Error(
        `Twenty listed ${ids.length} credential rows but destroyed none; check that the app role may destroy ${CREDENTIAL_OBJECT.plural}.`,
      );
    destroyed += count;
  }
}

export async function runUninstall(runtime: AppRuntime): Promise<UninstallReport> {
  // kv is cleared even when the rows cannot be destroyed; the failure is still reported to Twenty afterwards.
  const rows = await destroyCredentialRows(runtime).then(
    (count) => ({ count }),
    (error: unknown) => ({ error }),
  );
  const kvKeysDeleted = (await runtime.kv.clearAll()).length;
  if ('error' in rows) throw rows.error;
  const credentialRowsDestroyed = rows.count;
  runtime.log.info('Uninstall cleaned up', { credentialRowsDestroyed, kvKeysDeleted });
  return { kvKeysDeleted, credentialRowsDestroyed };
}
