import { defineLogicFunction } from 'twenty-sdk/define';

import { REPORT_ROUTES } from 'plugin/constants/route-paths';
import { SAVED_REPORTS_LIST_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { hostRoute, requireUser } from 'server/host/route';
import { listSavedReportsRoute } from 'server/routes/reports';

export default defineLogicFunction({
  universalIdentifier: SAVED_REPORTS_LIST_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER,
  name: 'saved-reports-list',
  description: 'Lists the saved reports with their schedules, next and last deliveries, and who may change them.',
  timeoutSeconds: 60,
  httpRouteTriggerSettings: { path: REPORT_ROUTES.savedList, httpMethod: 'GET', isAuthRequired: true },
  handler: hostRoute(requireUser, listSavedReportsRoute),
});
