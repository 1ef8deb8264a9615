// The documents' HTTP route: a document action from the command menu, for the signed-in caller. The workflow steps
// and what every action needs from the runtime stay in server/sync/documents/documents-runtime.ts.
import type { HttpResponse } from 'server/host/http-response';
import { failureReply, type RouteRequest } from 'server/host/route';
import type { AppRuntime } from 'server/host/runtime';
import { authorizeDocumentAction } from 'server/sync/documents/actions/action-access';
import { parseDocumentAction, type DocumentActionResult } from 'server/sync/documents/actions/actions';
import { runDocumentActionStartedBy } from 'server/sync/documents/actions/deps';

/** The command menu's route: the signed-in caller (requireUser) must be allowed this action on this record (D38). */
export async function documentActionRoute(
  request: RouteRequest,
  app: AppRuntime,
): Promise<DocumentActionResult | HttpResponse> {
  const action = parseDocumentAction(request.body);
  if (!request.caller)
    return failureReply(
      401,
      'This action needs a signed-in Twenty user.',
      'Sign in to Twenty and use the action from the app.',
    );
  const access = await authorizeDocumentAction(app, request.caller, action);
  if (!access.allowed) return failureReply(403, access.error, access.action);
  return runDocumentActionStartedBy(app, action, {
    workspaceMemberId: request.caller.workspaceMemberId,
    via: 'command',
  });
}
