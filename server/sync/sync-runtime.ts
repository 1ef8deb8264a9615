// Builds the sync's runtime from the host's AppRuntime: Twenty gateway with the app token, the Metakocka client with the
// credential server/credentials/for-action.ts picks for who started the work (created on first use). A document action
// gets the same runtime, started by the user, plus Twenty file access for PDFs (documentActionRuntime).
import {
  PUSH_RECORDS_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER,
  RUN_SYNC_STEP_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER,
} from 'plugin/constants/universal-identifiers';
import { createCrm } from 'server/crm';
import { createAttachmentsRepo } from 'server/crm/attachments';
import { crmGatewayFor } from 'server/host/crm-gateway';
import { fileUploaderFor } from 'server/host/file-uploader';
import type { AppRuntime } from 'server/host/runtime';
import { readTimelineActivityTypes } from 'server/host/timeline-types';
import type { SyncSettings } from 'server/settings/schema';
import { readSettings } from 'server/settings/store';
import { credentialForAction } from 'server/credentials/for-action';
import { createMetakockaClient, type MetakockaClient } from 'server/metakocka';
import type { ActionDeps } from './documents/actions/actions';
import { actionDepsOf } from './documents/actions/deps';
import { metakockaPort } from './metakocka-adapter';
import type { MkPort } from './mk-port';
import type { SyncFunctionName, SyncRuntime } from './ports';
import { FALLBACK_LANGUAGE, workspaceLanguage } from 'server/language/choice';

const FUNCTION_IDS: Record<SyncFunctionName, string> = {
  'run-sync-step': RUN_SYNC_STEP_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER,
  'push-records': PUSH_RECORDS_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER,
};

/** Twenty redelivers a job that threw a retryable error up to this many times (APPS.md §3.4: 0..10). */
export const JOB_RETRY_LIMIT = 5;

/** Who started the work, for the credential choice (issue #7): background jobs use the organisation's credentials, an
 *  action a member started may use the member's own (server/credentials/for-action.ts). */
export interface CredentialOrigin {
  startedBy: 'user' | 'background';
  /** What the action is, for the audit trail when a personal credential is used, e.g. "record action resync". */
  action: string;
}

const BACKGROUND: CredentialOrigin = { startedBy: 'background', action: 'scheduled sync' };

/** The Metakocka client, made on first use (routes that never call Metakocka need no credentials) and shared by the
 *  partner/product port and the documents methods so one run's call counts cover both. */
function lazyMetakocka(app: AppRuntime, origin: CredentialOrigin): MkPort {
  let client: MetakockaClient | null = null;
  let pending: Promise<{ client: MetakockaClient; port: MkPort }> | null = null;
  const connect = async () => {
    const credential = await credentialForAction(app, origin);
    client = createMetakockaClient({
      baseUrl: credential.baseUrl,
      companyId: credential.companyId,
      secretKey: credential.secretKey,
      fetch: app.crm.fetch,
    });
    return { client, port: metakockaPort(client) };
  };
  // A failed lookup (e.g. a transient kv read) is not cached, so a retry in the same run can succeed.
  const get = () =>
    (pending ??= connect().catch((error: unknown) => {
      pending = null;
      throw error;
    }));
  const port = async () => (await get()).port;
  const mk = async () => (await get()).client;
  return {
    partnersPage: async (...a) => (await port()).partnersPage(...a),
    findPartners: async (...a) => (await port()).findPartners(...a),
    addPartner: async (...a) => (await port()).addPartner(...a),
    updatePartner: async (...a) => (await port()).updatePartner(...a),
    productsPage: async (...a) => (await port()).productsPage(...a),
    productsByMkIds: async (...a) => (await port()).productsByMkIds(...a),
    documents: {
      searchDocuments: async (...a) => (await mk()).searchDocuments(...a),
      getDocument: async (...a) => (await mk()).getDocument(...a),
      putDocument: async (...a) => (await mk()).putDocument(...a),
      updateDocument: async (...a) => (await mk()).updateDocument(...a),
      deleteDocument: async (...a) => (await mk()).deleteDocument(...a),
      changeDocumentStatus: async (...a) => (await mk()).changeDocumentStatus(...a),
      report: async (...a) => (await mk()).report(...a),
      findDocumentAfterUncertainWrite: async (...a) => (await mk()).findDocumentAfterUncertainWrite(...a),
      callCounts: () => (client ? client.callCounts() : {}),
    },
    callCounts: () => (client ? client.callCounts() : {}),
  };
}

/** A setting read from kv on first use and kept for the rest of this function run (settings change between jobs). */
function settingOnce<T>(app: AppRuntime, pick: (settings: SyncSettings) => T): () => Promise<T> {
  let value: Promise<T> | null = null;
  return () =>
    (value ??= readSettings(app.kv)
      .then(pick)
      .catch((error: unknown) => {
        value = null;
        throw error;
      }));
}

export function syncRuntimeFrom(app: AppRuntime, origin: CredentialOrigin = BACKGROUND): SyncRuntime {
  return {
    crm: createCrm(crmGatewayFor(app, 'application', { writeBatchSize: settingOnce(app, (s) => s.batchSize) })),
    mk: lazyMetakocka(app, origin),
    kv: app.kv,
    jobs: {
      async enqueue(fn, jobs, delayMs) {
        await app.jobs.enqueue(FUNCTION_IDS[fn], jobs, { delayMs, retryLimit: JOB_RETRY_LIMIT });
      },
    },
    now: () => app.clock.now(),
    workspaceId: app.context.workspaceId ?? app.env.applicationId ?? 'workspace',
    language: workspaceLanguage({ get: (key) => app.variables[key] }) ?? FALLBACK_LANGUAGE,
    timelineActivityTypes: () => readTimelineActivityTypes(app),
  };
}

/** A document action's deps for the member who started it: their own Metakocka credential when the policy allows
 *  (issue #7), the app's token for Twenty, whose role carries UPLOAD_FILE for the PDF (plugin/roles). */
export async function documentActionRuntime(
  app: AppRuntime,
  actionName = 'sales document action',
): Promise<{ deps: ActionDeps; sync: SyncRuntime }> {
  const sync = syncRuntimeFrom(app, { startedBy: 'user', action: actionName });
  const deps: ActionDeps = {
    ...actionDepsOf(sync, await readSettings(sync.kv)),
    pdfFiles: { uploader: fileUploaderFor(app, 'application'), attachments: createAttachmentsRepo(sync.crm.gateway) },
  };
  return { deps, sync };
}
