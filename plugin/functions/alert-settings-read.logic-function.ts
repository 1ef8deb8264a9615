import { defineLogicFunction } from 'twenty-sdk/define';

import { ALERT_ROUTES } from 'plugin/constants/route-paths';
import { ALERT_SETTINGS_READ_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { hostRoute, requireUser } from 'server/host/route';
import { readAlertsRoute } from 'server/routes/alerts';

export default defineLogicFunction({
  universalIdentifier: ALERT_SETTINGS_READ_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER,
  name: 'alert-settings-read',
  description:
    'Reads the alert settings: recipients, thresholds, digest time, webhook address and whether a signing secret is set (never the secret).',
  timeoutSeconds: 60,
  httpRouteTriggerSettings: { path: ALERT_ROUTES.read, httpMethod: 'POST', isAuthRequired: true },
  handler: hostRoute(requireUser, readAlertsRoute),
});
