import { defineLogicFunction } from 'twenty-sdk/define';

import { REPORT_ROUTES } from 'plugin/constants/route-paths';
import { REPORT_TEMPLATES_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { hostRoute, requireUser } from 'server/host/route';
import { reportTemplatesRoute } from 'server/routes/reports';

export default defineLogicFunction({
  universalIdentifier: REPORT_TEMPLATES_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER,
  name: 'report-templates',
  description: 'Answers the report templates with their parameters, columns and chart.',
  timeoutSeconds: 30,
  httpRouteTriggerSettings: { path: REPORT_ROUTES.templates, httpMethod: 'GET', isAuthRequired: true },
  handler: hostRoute(requireUser, reportTemplatesRoute),
});
