// What the inbox's server code works with: the sync's runtime (app token) for actions, Twenty as the signed-in member
// for reads (so Twenty's own permissions decide who sees issues), and the inbox's job queue entry.
import { INBOX_BULK_JOB_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import type { CrmGateway } from 'server/crm/gateway';
import { crmGatewayFor } from 'server/host/crm-gateway';
import type { AppRuntime } from 'server/host/runtime';
import type { SyncRuntime } from 'server/sync/ports';
import { JOB_RETRY_LIMIT, syncRuntimeFrom, type CredentialOrigin } from 'server/sync/sync-runtime';

export interface InboxRuntime {
  sync: SyncRuntime;
  /** Twenty as the caller: reads see what the member may see. */
  reader: CrmGateway;
  enqueueBulk(payload: Record<string, unknown>, jobId: string): Promise<void>;
}

export function inboxRuntimeFrom(
  app: AppRuntime,
  origin: CredentialOrigin,
  readAs: 'user' | 'application',
): InboxRuntime {
  return {
    sync: syncRuntimeFrom(app, origin),
    reader: crmGatewayFor(app, readAs),
    async enqueueBulk(payload, jobId) {
      await app.jobs.enqueue(INBOX_BULK_JOB_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER, [{ payload, jobId }], {
        retryLimit: JOB_RETRY_LIMIT,
      });
    },
  };
}
