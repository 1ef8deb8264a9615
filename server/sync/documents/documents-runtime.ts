// Builds what the document actions need from the host's AppRuntime: the engine's sync runtime (server/sync/sync-runtime.ts)
// for a user-started action (the member's own Metakocka credential when the policy allows, issue #7), its Metakocka
// port's document methods (created on first use, so a refused action needs no connection), and the partners push.
import { createAttachmentsRepo, createFileUploader } from 'server/crm/attachments';
import type { AppRuntime } from 'server/host/runtime';
import type { SyncSettings } from 'server/settings/schema';
import { readSettings } from 'server/settings/store';

import { createIssueBook } from '../issues';
import type { SyncRuntime } from '../ports';
import { syncRuntimeFrom } from '../sync-runtime';
import { parseDocumentAction, runDocumentAction, type ActionDeps, type DocumentActionResult } from './actions';
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

export async function documentActionDeps(app: AppRuntime, actionName = 'sales document action'): Promise<{ deps: ActionDeps; sync: SyncRuntime }> {
  const sync = syncRuntimeFrom(app, { startedBy: 'user', action: actionName });
  const deps: ActionDeps = {
    ...actionDepsOf(sync, await readSettings(sync.kv)),
    // The app's token, like every Twenty write of the sync; its role carries UPLOAD_FILE for this (plugin/roles).
    pdfFiles: { uploader: createFileUploader({ apiUrl: app.crm.apiUrl, token: app.crm.token('application'), fetch: app.crm.fetch }), attachments: createAttachmentsRepo(sync.crm.gateway) },
  };
  return { deps, sync };
}

/** One document action from a route, workflow step or command: parse, run, record issues (what a retry needs). */
export async function handleDocumentAction(input: unknown, app: AppRuntime): Promise<DocumentActionResult> {
  const action = parseDocumentAction(input);
  const { deps } = await documentActionDeps(app, `sales document ${action.action}`);
  try {
    return await runDocumentAction(deps, action);
  } finally {
    await deps.issues.flush({ dryRun: false, resolveOpen: true });
  }
}

/** A workflow step's inputs are the action's fields; the step names the action. */
export const documentWorkflowAction =
  (action: DocumentActionName) =>
  (payload: unknown, app: AppRuntime): Promise<DocumentActionResult> =>
    handleDocumentAction({ ...(typeof payload === 'object' && payload !== null ? payload : {}), action }, app);

export type DocumentActionName = 'push' | 'change-status' | 'delete' | 'create-from-opportunity' | 'get-pdf';
