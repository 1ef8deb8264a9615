// Which ids name members of this workspace, read with the app's token: a schedule's recipients must be members, or
// the tasks that deliver it would be assigned to nobody.
import type { CrmGateway } from './gateway';

const MEMBERS_BY_ID = `query MetakockaMembersById($ids: [UUID!]) {
  workspaceMembers(filter: { id: { in: $ids } }, first: 200) { edges { node { id } } } }`;

/** One call for up to 200 ids (a schedule holds at most 50 recipients). */
export async function existingMemberIds(gateway: CrmGateway, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const data = await gateway.request<{ workspaceMembers: { edges: Array<{ node: { id: string } }> } }>(MEMBERS_BY_ID, {
    ids: [...new Set(ids)],
  });
  return new Set(data.workspaceMembers.edges.map(({ node }) => node.id.toLowerCase()));
}
