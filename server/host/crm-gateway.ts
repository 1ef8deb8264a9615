// The one place a CRM gateway is built from the AppRuntime: the URL, the token of the chosen actor and the fetch all
// come from the host, so every caller talks to Twenty the same way.
import { createCrmGateway, type CrmGateway, type CrmGatewayConfig } from 'server/crm/gateway';
import type { AppRuntime, RunAs } from 'server/host/runtime';

export type CrmGatewayOptions = Pick<CrmGatewayConfig, 'writeBatchSize'>;

export const crmGatewayFor = (runtime: AppRuntime, runAs: RunAs, options: CrmGatewayOptions = {}): CrmGateway =>
  createCrmGateway({
    apiUrl: runtime.crm.apiUrl,
    token: runtime.crm.token(runAs),
    fetch: runtime.crm.fetch,
    ...options,
  });
