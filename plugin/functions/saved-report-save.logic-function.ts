import { defineLogicFunction } from 'twenty-sdk/define';

import { REPORT_ROUTES } from 'plugin/constants/route-paths';
import { SAVED_REPORT_SAVE_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { hostRoute, requireUser } from 'server/host/route';
import { saveReportRoute } from 'server/routes/reports';

export default defineLogicFunction({
  universalIdentifier: SAVED_REPORT_SAVE_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER,
  name: 'saved-report-save',
  description:
    'Saves a report (name, template, parameters) for reuse; a delivery schedule needs Manage Metakocka and is audited.',
  timeoutSeconds: 60,
  httpRouteTriggerSettings: { path: REPORT_ROUTES.savedSave, httpMethod: 'POST', isAuthRequired: true },
  handler: hostRoute(requireUser, saveReportRoute),
});
