import { defineLogicFunction } from 'twenty-sdk/define';

import { REPORT_ROUTES } from 'plugin/constants/route-paths';
import { REPORT_EXPORT_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { hostRoute, requireUser } from 'server/host/route';
import { exportReportRoute } from 'server/routes/reports';

export default defineLogicFunction({
  universalIdentifier: REPORT_EXPORT_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER,
  name: 'report-export',
  description: 'Runs a report with the caller’s permissions and stores it as CSV or XLSX on a Metakocka report record.',
  timeoutSeconds: 300,
  httpRouteTriggerSettings: { path: REPORT_ROUTES.export, httpMethod: 'POST', isAuthRequired: true },
  handler: hostRoute(requireUser, exportReportRoute),
});
