// Builds what the document actions need from the host's AppRuntime: the engine's sync runtime (server/sync/sync-runtime.ts)
// for a user-started action (the member's own Metakocka credential when the policy allows, issue #7), its Metakocka
// port's document methods (created on first use, so a refused action needs no connection), and the partners push.
import { auditEntries } from 'server/credentials/twenty-rows';
import { createAttachmentsRepo } from 'server/crm/attachments';
import { renderAction } from 'server/error-catalogue';
import { catalogued, SyncError } from 'server/errors';
import { fileUploaderFor } from 'server/host/file-uploader';
import type { AppRuntime } from 'server/host/runtime';
import type { SyncSettings } from 'server/settings/schema';
import { readSettings } from 'server/settings/store';

import { createIssueBook } from '../issues';
import type { SyncRuntime } from '../ports';
import { syncRuntimeFrom } from '../sync-runtime';
import { auditedDocumentAction, type ActionStarter } from './action-audit';
import {
  parseDocumentAction,
  runDocumentAction,
  type ActionDeps,
  type DocumentAction,
  type DocumentActionResult,
} from './actions';
import { partnerPusher } from './keep-twenty';
import { DOCUMENTS_STREAM, documentsMkOf } from './ports';
import { createDocumentRepos, createOpportunitiesRepo } from './records';

/** What every document action needs from a sync runtime and the sync settings; the host adds Twenty file access. */
export function actionDepsOf(sync: SyncRuntime, settings: SyncSettings): ActionDeps {
  const repos = createDocumentRepos(sync.crm.gateway);
  return {
    mk: documentsMkOf(sync),
    repos,
    documents: repos.documents,
    opportunities: createOpportunitiesRepo(sync.crm.gateway),
    companies: sync.crm.companies,
    people: sync.crm.people,
    products: sync.crm.products,
    issues: createIssueBook(sync, DOCUMENTS_STREAM),
    now: () => sync.now(),
    pushPartner: partnerPusher(sync),
    // Off by default: deleting an unissued order in Metakocka from Twenty is an admin's choice (settings `documents`).
    allowOrderDelete: settings.documents.allowOrderDelete,
    // A status change's read-back must not overwrite unpushed Twenty edits either (twenty-edits.ts).
    conflictPolicy: settings.conflicts.documents,
    reportIds: { offer: settings.documents.offerReportId, order: settings.documents.orderReportId },
  };
}

export async function documentActionDeps(
  app: AppRuntime,
  actionName = 'sales document action',
): Promise<{ deps: ActionDeps; sync: SyncRuntime }> {
  const sync = syncRuntimeFrom(app, { startedBy: 'user', action: actionName });
  const deps: ActionDeps = {
    ...actionDepsOf(sync, await readSettings(sync.kv)),
    // The app's token, like every Twenty write of the sync; its role carries UPLOAD_FILE for this (plugin/roles).
    pdfFiles: { uploader: fileUploaderFor(app, 'application'), attachments: createAttachmentsRepo(sync.crm.gateway) },
  };
  return { deps, sync };
}

/** Runs one parsed action for whoever started it, auditing what reaches Metakocka, and records issues a retry needs. */
export async function runDocumentActionStartedBy(
  app: AppRuntime,
  action: DocumentAction,
  starter: ActionStarter,
): Promise<DocumentActionResult> {
  const { deps, sync } = await documentActionDeps(app, `sales document ${action.action}`);
  const auditDeps = { audit: auditEntries(sync.crm.gateway), documents: deps.documents, now: () => sync.now() };
  try {
    return await auditedDocumentAction(auditDeps, action, starter, () => runDocumentAction(deps, action));
  } finally {
    await deps.issues.flush({ dryRun: false, resolveOpen: true });
  }
}

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

export type DocumentActionName = DocumentAction['action'];
