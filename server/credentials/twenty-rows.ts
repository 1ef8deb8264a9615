// metakockaCredential and metakockaAuditEntry rows over Twenty's core GraphQL API (CONTRACTS.md object names),
// sent with the app's own token: the credential object is writable by the app only.
import { AUDIT_ENTRY_FIELDS as A, CREDENTIAL_FIELDS as C, OBJECT_NAMES } from 'plugin/constants/names';
import type { CrmGateway } from 'server/crm/gateway';
import type {
  AuditEntryDraft,
  AuditPort,
  CredentialDraft,
  CredentialRow,
  CredentialRowsPort,
} from 'server/credentials/ports';

const ROW = `id ${C.ownerWorkspaceMemberId} ${C.companyId} ${C.encryptedSecret} ${C.label} ${C.lastVerifiedAt} ${C.status} updatedAt`;
const CRED = OBJECT_NAMES.credential;
const AUDIT = OBJECT_NAMES.auditEntry;
const type = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);

/** A credential row's record name: who owns it, so Twenty's own record pages show something readable. */
const rowName = (draft: Partial<CredentialDraft>) =>
  draft.ownerWorkspaceMemberId ? `Metakocka credential of ${draft.ownerWorkspaceMemberId}` : undefined;

export function credentialRows(gateway: CrmGateway): CredentialRowsPort {
  const list = async (filter: Record<string, unknown>): Promise<CredentialRow[]> => {
    const data = await gateway.request<Record<string, { edges: Array<{ node: CredentialRow }> }>>(
      `query Credentials($filter: ${type(CRED.singular)}FilterInput) { ${CRED.plural}(filter: $filter, first: 200) { edges { node { ${ROW} } } } }`,
      { filter },
    );
    return data[CRED.plural]!.edges.map((edge) => edge.node);
  };
  return {
    findByOwner: async (owner) => (await list({ [C.ownerWorkspaceMemberId]: { eq: owner } }))[0] ?? null,
    list: () => list({}),
    async create(draft) {
      const data = await gateway.request<Record<string, CredentialRow>>(
        `mutation CreateCredential($data: ${type(CRED.singular)}CreateInput!) { create${type(CRED.singular)}(data: $data) { ${ROW} } }`,
        { data: { name: rowName(draft), ...draft } },
      );
      return data[`create${type(CRED.singular)}`]!;
    },
    async update(id, patch) {
      await gateway.request(
        `mutation UpdateCredential($id: UUID!, $data: ${type(CRED.singular)}UpdateInput!) { update${type(CRED.singular)}(id: $id, data: $data) { id } }`,
        {
          id,
          data: patch,
        },
      );
    },
    async destroy(id) {
      await gateway.request(
        `mutation DestroyCredential($id: UUID!) { destroy${type(CRED.singular)}(id: $id) { id } }`,
        { id },
      );
    },
  };
}

const AUDIT_ROW = `${A.actorWorkspaceMemberId} ${A.action} ${A.target} ${A.detail} ${A.before} ${A.after} ${A.at}`;

export function auditEntries(gateway: CrmGateway): AuditPort {
  return {
    async record(entry: AuditEntryDraft) {
      await gateway.request(
        `mutation CreateAuditEntry($data: ${type(AUDIT.singular)}CreateInput!) { create${type(AUDIT.singular)}(data: $data) { id } }`,
        {
          data: { name: `${entry.action} ${entry.target}`, ...entry },
        },
      );
    },
    async list(limit: number) {
      const data = await gateway.request<Record<string, { edges: Array<{ node: AuditEntryDraft }> }>>(
        `query AuditEntries($first: Int) { ${AUDIT.plural}(first: $first, orderBy: [{ ${A.at}: DescNullsLast }]) { edges { node { ${AUDIT_ROW} } } } }`,
        { first: limit },
      );
      return data[AUDIT.plural]!.edges.map((edge) => edge.node);
    },
  };
}
