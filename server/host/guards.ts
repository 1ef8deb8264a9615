// Who may call a route. requireUser: a signed-in Twenty user (not an API key or app token) whose token Twenty says is
// theirs (issue 12 item 9: the same cross-check as the manager guard). requireManageMetakocka:
// that user also holds the app's MANAGE_METAKOCKA flag, Twenty's APPLICATIONS flag, or the Metakocka manager role.
// Whether a real server lists an app's own flag key in permissionFlags is unconfirmed (APPS.md §5), hence the
// APPLICATIONS flag and the role as further ways in (issue #2 item 3).
import type { RoutePayload } from 'twenty-sdk/logic-function';

import { MANAGE_METAKOCKA_PERMISSION_FLAG_KEY } from 'plugin/constants/names';
import { METAKOCKA_MANAGER_ROLE_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { isUnauthenticated, metadataRequest } from 'server/host/metadata';
import { renderAction, renderError } from 'server/error-catalogue';
import type { AppRuntime } from 'server/host/runtime';

export const MANAGE_METAKOCKA_FLAG = MANAGE_METAKOCKA_PERMISSION_FLAG_KEY;
export const APPLICATIONS_FLAG = 'APPLICATIONS';

export interface Caller {
  userWorkspaceId: string;
  workspaceMemberId: string | null;
  permissionFlags: string[];
}

/** Why a guard refused, and the next step: catalogue keys (ROUTE_REFUSED), worded in the caller's language. */
export interface Refusal {
  reason: 'noSession' | 'noToken' | 'tokenRejected' | 'permissionsUnreadable' | 'tokenMismatch' | 'noPermission';
  next: 'signIn' | 'useApp' | 'retry' | 'askPermission';
}

export type GuardOutcome =
  | { allowed: true; caller: Caller | null }
  | {
      allowed: false;
      status: 401 | 403;
      /** The English wording, for logs and callers that read no language. */
      error: string;
      action: string;
      refusal: Refusal;
      /** Known when the caller is identified but lacks the permission: the refusal is worded in their language. */
      caller: Caller | null;
    };

export type RouteGuard = (event: RoutePayload<unknown>, runtime: AppRuntime) => Promise<GuardOutcome>;

const refuse = (status: 401 | 403, refusal: Refusal, caller: Caller | null = null): GuardOutcome => ({
  allowed: false,
  status,
  error: renderError('ROUTE_REFUSED', { ...refusal }),
  action: renderAction('ROUTE_REFUSED', { ...refusal }),
  refusal,
  caller,
});

/** For routes Twenty serves without auth (isAuthRequired: false); they must check their own signature. */
export const anyone: RouteGuard = async () => ({ allowed: true, caller: null });

const CURRENT_USER_FLAGS = `query MetakockaCurrentUserFlags {
  currentUser { id currentUserWorkspace { id permissionFlags } workspaceMember { id } }
}`;

// WorkspaceMember.roles is in the metadata schema (contract/metadata-schema.graphql `type WorkspaceMember`); whether a
// user without the ROLES flag may read it is unconfirmed, so it is asked separately and a failure only means "not shown".
const CURRENT_USER_ROLES = `query MetakockaCurrentUserRoles {
  currentUser { workspaceMember { id roles { id universalIdentifier label } } }
}`;

interface FlagsData {
  currentUser: {
    id: string;
    currentUserWorkspace: { id: string; permissionFlags: string[] | null } | null;
    workspaceMember: { id: string } | null;
  };
}
interface RolesData {
  currentUser: { workspaceMember: { roles: Array<{ universalIdentifier: string | null }> | null } | null };
}

async function holdsManagerRole(runtime: AppRuntime): Promise<boolean> {
  const answer = await metadataRequest<RolesData>(runtime, 'user', CURRENT_USER_ROLES);
  if (!answer.ok) {
    runtime.log.warn("Could not read the caller's roles; only permission flags were checked", {
      errors: answer.errors.map((e) => e.message),
    });
    return false;
  }
  const roles = answer.data.currentUser.workspaceMember?.roles ?? [];
  return roles.some((role) => role.universalIdentifier === METAKOCKA_MANAGER_ROLE_UNIVERSAL_IDENTIFIER);
}

/**
 * A signed-in user, identified by Twenty from the delegated token and cross-checked against the user the route event
 * names (APPS.md §5 "Cross-check"): a token of someone else, or none, is refused before anything runs.
 */
export const requireUser: RouteGuard = async (event, runtime) => {
  if (!event.userWorkspaceId) {
    return refuse(401, { reason: 'noSession', next: 'useApp' });
  }
  if (runtime.env.userAccessToken === null) {
    return refuse(401, { reason: 'noToken', next: 'signIn' });
  }
  const answer = await metadataRequest<FlagsData>(runtime, 'user', CURRENT_USER_FLAGS);
  if (!answer.ok) {
    return isUnauthenticated(answer.errors)
      ? refuse(401, { reason: 'tokenRejected', next: 'signIn' })
      : refuse(403, { reason: 'permissionsUnreadable', next: 'retry' });
  }
  const workspace = answer.data.currentUser.currentUserWorkspace;
  if (!workspace || workspace.id !== event.userWorkspaceId) {
    return refuse(403, { reason: 'tokenMismatch', next: 'signIn' });
  }
  const caller: Caller = {
    userWorkspaceId: workspace.id,
    workspaceMemberId: answer.data.currentUser.workspaceMember?.id ?? null,
    permissionFlags: workspace.permissionFlags ?? [],
  };
  return { allowed: true, caller };
};

/** Whether an identified caller may manage the integration: the flag, APPLICATIONS, or the manager role (D6). */
export async function holdsManageMetakocka(caller: Caller, runtime: AppRuntime): Promise<boolean> {
  const flags = caller.permissionFlags;
  if (flags.includes(MANAGE_METAKOCKA_FLAG) || flags.includes(APPLICATIONS_FLAG)) return true;
  return holdsManagerRole(runtime);
}

export const requireManageMetakocka: RouteGuard = async (event, runtime) => {
  const user = await requireUser(event, runtime);
  if (!user.allowed || (user.caller && (await holdsManageMetakocka(user.caller, runtime)))) return user;
  return refuse(403, { reason: 'noPermission', next: 'askPermission' }, user.caller);
};
