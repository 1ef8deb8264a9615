import { defineLogicFunction } from 'twenty-sdk/define';

import { REPORT_ROUTES } from 'plugin/constants/route-paths';
import { REPORT_RUN_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { hostRoute, requireUser } from 'server/host/route';
import { runReportRoute } from 'server/routes/reports';

export default defineLogicFunction({
  universalIdentifier: REPORT_RUN_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER,
  name: 'report-run',
  description:
    'Runs a report with the caller’s own Twenty permissions and answers its rows, chart, data-as-of and cost.',
  timeoutSeconds: 300,
  httpRouteTriggerSettings: { path: REPORT_ROUTES.run, httpMethod: 'POST', isAuthRequired: true },
  handler: hostRoute(requireUser, runReportRoute),
});
