// The documents' entries: a document action from the command menu's route, for the signed-in caller, and the workflow
// steps, for whoever runs the workflow. What an action needs from the runtime is built by server/sync/sync-runtime.ts.
import { auditEntries } from 'server/credentials/twenty-rows';
import { renderAction } from 'server/error-catalogue';
import { catalogued, SyncError } from 'server/errors';
import type { HttpResponse } from 'server/host/http-response';
import { callerLanguage, wordedRefusal, type RouteRequest } from 'server/host/route';
import type { AppRuntime } from 'server/host/runtime';
import { readSettings } from 'server/settings/store';
import { authorizeDocumentAction } from 'server/sync/documents/actions/action-access';
import { auditedDocumentAction, type ActionStarter } from 'server/sync/documents/actions/action-audit';
import {
  parseDocumentAction,
  runDocumentAction,
  type DocumentAction,
  type DocumentActionResult,
} from 'server/sync/documents/actions/actions';
import { documentActionRuntime } from 'server/sync/sync-runtime';
import { withActionTimeline } from 'server/sync/timeline/book';

/** Runs one parsed action for whoever started it, auditing what reaches Metakocka, and records issues a retry needs. */
export async function runDocumentActionStartedBy(
  app: AppRuntime,
  action: DocumentAction,
  starter: ActionStarter,
): Promise<DocumentActionResult> {
  const { deps, sync } = await documentActionRuntime(app, `sales document ${action.action}`);
  const auditDeps = { audit: auditEntries(sync.crm.gateway), documents: deps.documents, now: () => sync.now() };
  try {
    // A push shows on the document's timeline like a sync's (D81): one row, written when the action ends.
    return await withActionTimeline(sync, (timeline) =>
      auditedDocumentAction(auditDeps, action, starter, () => runDocumentAction({ ...deps, timeline }, action)),
    );
  } finally {
    await deps.issues.flush({ dryRun: false, resolveOpen: true });
  }
}

/** The command menu's route: the signed-in caller (requireUser) must be allowed this action on this record (D38). */
export async function documentActionRoute(
  request: RouteRequest,
  app: AppRuntime,
): Promise<DocumentActionResult | HttpResponse> {
  const action = parseDocumentAction(request.body);
  if (!request.caller)
    return wordedRefusal(
      401,
      'ROUTE_REFUSED',
      { reason: 'noSession', next: 'useApp' },
      await callerLanguage(app, null),
    );
  await authorizeDocumentAction(app, request.caller, action);
  return runDocumentActionStartedBy(app, action, {
    workspaceMemberId: request.caller.workspaceMemberId,
    via: 'command',
  });
}

export type DocumentActionName = DocumentAction['action'];

/** Workflow steps that write to Metakocka; get-pdf only reads from it. */
const WRITES_TO_METAKOCKA = new Set<DocumentActionName>(['push', 'change-status', 'delete', 'create-from-opportunity']);

export class WorkflowWritesOffError extends SyncError {
  readonly code = 'WORKFLOW_WRITES_OFF';
  readonly retryable = false;
  constructor() {
    super(catalogued('WORKFLOW_WRITES_OFF'), renderAction('WORKFLOW_WRITES_OFF'));
  }
}

/** A workflow step's inputs are the action's fields; the step names the action. A manager can turn writes off. */
export const documentWorkflowAction =
  (name: DocumentActionName) =>
  async (payload: unknown, app: AppRuntime): Promise<DocumentActionResult> => {
    const action = parseDocumentAction({
      ...(typeof payload === 'object' && payload !== null ? payload : {}),
      action: name,
    });
    if (WRITES_TO_METAKOCKA.has(name) && !(await readSettings(app.kv)).workflows.allowMetakockaWrites) {
      throw new WorkflowWritesOffError();
    }
    return runDocumentActionStartedBy(app, action, {
      workspaceMemberId: app.context.workspaceMemberId,
      via: 'workflow',
    });
  };
