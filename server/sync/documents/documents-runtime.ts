// Builds what the document actions need from the host's AppRuntime: the engine's sync runtime (server/sync/sync-runtime.ts),
// the Metakocka client's document methods (created on first use, like the engine's port), and the partners stream's push.
import type { AppRuntime } from 'server/host/runtime';
import { createMetakockaClient, type MetakockaClient } from 'server/metakocka';
import { readSettings } from 'server/settings/store';

import { createIssueBook } from '../issues';
import { pushRecords } from '../partners/push';
import type { SyncRuntime } from '../ports';
import { MetakockaNotConfiguredError, syncRuntimeFrom } from '../sync-runtime';
import { parseDocumentAction, runDocumentAction, type ActionDeps, type DocumentActionResult } from './actions';
import { DOCUMENTS_STREAM, type DocumentsMk } from './ports';
import { createDocumentRepos, createOpportunitiesRepo } from './records';

/** The client's document methods, created on first use (a refused action must not need a configured connection). */
export function lazyDocumentsMk(app: AppRuntime): DocumentsMk {
  let client: MetakockaClient | null = null;
  const get = (): MetakockaClient => {
    if (client) return client;
    const missing = [!app.env.metakockaCompanyId && 'the company id', !app.env.metakockaSecretKey && 'the secret key'].filter((x): x is string => Boolean(x));
    if (missing.length > 0) throw new MetakockaNotConfiguredError(missing);
    client = createMetakockaClient({ baseUrl: app.env.metakockaApiUrl, companyId: app.env.metakockaCompanyId!, secretKey: app.env.metakockaSecretKey!.reveal(), fetch: app.crm.fetch });
    return client;
  };
  return {
    searchDocuments: (...a) => get().searchDocuments(...a),
    getDocument: (...a) => get().getDocument(...a),
    putDocument: (...a) => get().putDocument(...a),
    updateDocument: (...a) => get().updateDocument(...a),
    deleteDocument: (...a) => get().deleteDocument(...a),
    changeDocumentStatus: (...a) => get().changeDocumentStatus(...a),
    report: (...a) => get().report(...a),
    findDocumentAfterUncertainWrite: (...a) => get().findDocumentAfterUncertainWrite(...a),
    callCounts: () => (client ? client.callCounts() : {}),
  };
}

/** Settings key the admin sets to allow deleting unissued orders in Metakocka from Twenty (default off). */
function allowOrderDelete(settings: unknown): boolean {
  const documents = (settings as { documents?: { allowOrderDelete?: unknown } }).documents;
  return documents?.allowOrderDelete === true;
}

export async function documentActionDeps(app: AppRuntime): Promise<{ deps: ActionDeps; sync: SyncRuntime }> {
  const sync = syncRuntimeFrom(app);
  const repos = createDocumentRepos(sync.crm.gateway);
  const deps: ActionDeps = {
    mk: lazyDocumentsMk(app),
    repos,
    documents: repos.documents,
    opportunities: createOpportunitiesRepo(sync.crm.gateway),
    companies: sync.crm.companies,
    people: sync.crm.people,
    products: sync.crm.products,
    issues: createIssueBook(sync, DOCUMENTS_STREAM),
    now: () => sync.now(),
    pushPartner: async (object, id) => void (await pushRecords({ companyIds: object === 'company' ? [id] : [], personIds: object === 'person' ? [id] : [] }, sync)),
    allowOrderDelete: allowOrderDelete(await readSettings(sync.kv)),
  };
  return { deps, sync };
}

/** One document action from a route, workflow step or command: parse, run, record issues (what a retry needs). */
export async function handleDocumentAction(input: unknown, app: AppRuntime): Promise<DocumentActionResult> {
  const action = parseDocumentAction(input);
  const { deps } = await documentActionDeps(app);
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

export type DocumentActionName = 'push' | 'change-status' | 'delete' | 'create-from-opportunity';
