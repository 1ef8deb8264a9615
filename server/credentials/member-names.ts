// The names the manager's list of personal keys shows: workspace members read by id with the app's token, so the list
// says "Ana Novak" rather than a member id. A member Twenty no longer has, or one without a name, stays unnamed.
import type { CrmGateway } from 'server/crm/gateway';

interface MemberNode {
  id: string;
  name: { firstName: string | null; lastName: string | null } | null;
  userEmail: string | null;
}

export type MemberNames = (ids: readonly string[]) => Promise<Map<string, string>>;

const displayName = (member: MemberNode): string | null =>
  [member.name?.firstName, member.name?.lastName]
    .map((part) => part?.trim() ?? '')
    .filter(Boolean)
    .join(' ') ||
  member.userEmail?.trim() ||
  null;

export interface NamedMember {
  id: string;
  name: string;
}

/** The workspace's members by name (the first 200), for a picker: a member without any name shows as their id. */
export async function workspaceMembersFrom(gateway: CrmGateway): Promise<NamedMember[]> {
  const data = await gateway.request<{ workspaceMembers: { edges: Array<{ node: MemberNode }> } }>(
    'query MetakockaMembers { workspaceMembers(first: 200) { edges { node { id name { firstName lastName } userEmail } } } }',
  );
  return data.workspaceMembers.edges
    .map(({ node }) => ({ id: node.id, name: displayName(node) ?? node.id }))
    .sort((a, b) => a.name.localeCompare(b.name));
}

export const memberNamesFrom =
  (gateway: CrmGateway): MemberNames =>
  async (ids) => {
    const names = new Map<string, string>();
    if (ids.length === 0) return names;
    const data = await gateway.request<{ workspaceMembers: { edges: Array<{ node: MemberNode }> } }>(
      'query MetakockaMemberNames($ids: [UUID!]) { workspaceMembers(filter: { id: { in: $ids } }, first: 200) { edges { node { id name { firstName lastName } userEmail } } } }',
      { ids: [...new Set(ids)] },
    );
    for (const { node } of data.workspaceMembers.edges) {
      const name = displayName(node);
      if (name) names.set(node.id, name);
    }
    return names;
  };
