// Turns "workspace member X with flags F" into what Twenty would hand a route: the user's delegated token and the
// user-workspace id, read back from the stand-in's /metadata currentUser (APPS.md §5), so both always agree.
import type { Actor } from 'test/twenty/harness/harness';
import type { StandInPort } from 'test/twenty/harness/stand-in-port';

const QUERY = '{ currentUser { id currentUserWorkspace { id } workspaceMember { id } } }';

export async function resolveUserActor(
  standIn: StandInPort,
  workspaceMemberId: string,
  flags: string[],
): Promise<Actor> {
  const token = standIn.tokens.user(workspaceMemberId, flags);
  const response = await fetch(`${standIn.url}/metadata`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: QUERY }),
  });
  const body = (await response.json()) as {
    data?: {
      currentUser?: { currentUserWorkspace?: { id?: string } | null; workspaceMember?: { id?: string } | null };
    };
  };
  const userWorkspaceId = body.data?.currentUser?.currentUserWorkspace?.id;
  if (!userWorkspaceId) {
    throw new Error(
      `The stand-in did not answer currentUser.currentUserWorkspace.id for member ${workspaceMemberId}: ${JSON.stringify(body).slice(0, 500)}`,
    );
  }
  return {
    token,
    userWorkspaceId,
    workspaceMemberId: body.data?.currentUser?.workspaceMember?.id ?? workspaceMemberId,
  };
}
