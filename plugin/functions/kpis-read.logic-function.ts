import { defineLogicFunction } from 'twenty-sdk/define';

import { REPORT_ROUTES } from 'plugin/constants/route-paths';
import { KPIS_READ_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { hostRoute, requireUser } from 'server/host/route';
import { kpisRoute } from 'server/routes/reports';

export default defineLogicFunction({
  universalIdentifier: KPIS_READ_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER,
  name: 'kpis-read',
  description: 'Answers each KPI’s actual against its target and the trend, with the caller’s own permissions.',
  timeoutSeconds: 300,
  httpRouteTriggerSettings: { path: REPORT_ROUTES.kpis, httpMethod: 'GET', isAuthRequired: true },
  handler: hostRoute(requireUser, kpisRoute),
});
