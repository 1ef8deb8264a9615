// Builds the sync's runtime from the host's AppRuntime: Twenty gateway with the app token, the Metakocka client from
// the organisation's application variables (created on first use, so routes that never call Metakocka need none).
import { PUSH_RECORDS_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER, RUN_SYNC_STEP_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { createCrm } from 'server/crm';
import { SyncError } from 'server/errors';
import type { AppRuntime } from 'server/host/runtime';
import { createMetakockaClient } from 'server/metakocka';
import { metakockaPort } from './metakocka-adapter';
import type { MkPort } from './mk-port';
import type { SyncFunctionName, SyncRuntime } from './ports';

const FUNCTION_IDS: Record<SyncFunctionName, string> = {
  'run-sync-step': RUN_SYNC_STEP_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER,
  'push-records': PUSH_RECORDS_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER,
};

/** Twenty redelivers a job that threw a retryable error up to this many times (APPS.md §3.4: 0..10). */
export const JOB_RETRY_LIMIT = 5;

export class MetakockaNotConfiguredError extends SyncError {
  readonly code = 'MK_NOT_CONFIGURED';
  readonly retryable = false;
  constructor(missing: string[]) {
    super(`The Metakocka connection is not set up: ${missing.join(' and ')} missing.`, 'Enter the company id and API secret key in Settings → Applications → Metakocka, then run the sync again.');
  }
}

function lazyMetakocka(app: AppRuntime): MkPort {
  let port: MkPort | null = null;
  const get = (): MkPort => {
    if (port) return port;
    const missing = [!app.env.metakockaCompanyId && 'the company id', !app.env.metakockaSecretKey && 'the secret key'].filter((x): x is string => Boolean(x));
    if (missing.length > 0) throw new MetakockaNotConfiguredError(missing);
    port = metakockaPort(createMetakockaClient({ baseUrl: app.env.metakockaApiUrl, companyId: app.env.metakockaCompanyId!, secretKey: app.env.metakockaSecretKey!.reveal(), fetch: app.crm.fetch }));
    return port;
  };
  return {
    partnersPage: (...a) => get().partnersPage(...a),
    findPartners: (...a) => get().findPartners(...a),
    addPartner: (...a) => get().addPartner(...a),
    updatePartner: (...a) => get().updatePartner(...a),
    productsPage: (...a) => get().productsPage(...a),
    productsByMkIds: (...a) => get().productsByMkIds(...a),
    callCounts: () => (port ? port.callCounts() : {}),
  };
}

export function syncRuntimeFrom(app: AppRuntime): SyncRuntime {
  return {
    crm: createCrm({ apiUrl: app.crm.apiUrl, token: app.crm.token('application'), fetch: app.crm.fetch }),
    mk: lazyMetakocka(app),
    kv: app.kv,
    jobs: {
      async enqueue(fn, jobs, delayMs) {
        await app.jobs.enqueue(FUNCTION_IDS[fn], jobs, { delayMs, retryLimit: JOB_RETRY_LIMIT });
      },
    },
    now: () => app.clock.now(),
    workspaceId: app.context.workspaceId ?? app.env.applicationId ?? 'workspace',
  };
}
