import { defineLogicFunction } from 'twenty-sdk/define';

import { REPORT_ROUTES } from 'plugin/constants/route-paths';
import { KPI_TARGETS_SAVE_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { hostRoute, requireManageMetakocka } from 'server/host/route';
import { saveKpiTargetsRoute } from 'server/routes/reports';

export default defineLogicFunction({
  universalIdentifier: KPI_TARGETS_SAVE_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER,
  name: 'kpi-targets-save',
  description:
    'Saves the KPI targets per month (revenue, new customers, conversion, overdue ceiling, sync health); managers only, audited.',
  timeoutSeconds: 60,
  httpRouteTriggerSettings: { path: REPORT_ROUTES.kpiTargetsSave, httpMethod: 'POST', isAuthRequired: true },
  handler: hostRoute(requireManageMetakocka, saveKpiTargetsRoute),
});
