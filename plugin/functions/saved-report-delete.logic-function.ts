import { defineLogicFunction } from 'twenty-sdk/define';

import { REPORT_ROUTES } from 'plugin/constants/route-paths';
import { SAVED_REPORT_DELETE_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { hostRoute, requireUser } from 'server/host/route';
import { deleteSavedReportRoute } from 'server/routes/reports';

export default defineLogicFunction({
  universalIdentifier: SAVED_REPORT_DELETE_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER,
  name: 'saved-report-delete',
  description: 'Deletes a saved report: one’s own, or any as a manager; a scheduled one only as a manager, audited.',
  timeoutSeconds: 60,
  httpRouteTriggerSettings: { path: REPORT_ROUTES.savedDelete, httpMethod: 'POST', isAuthRequired: true },
  handler: hostRoute(requireUser, deleteSavedReportRoute),
});
