import { defineLogicFunction } from 'twenty-sdk/define';

import { ALERT_ROUTES } from 'plugin/constants/route-paths';
import { ALERT_SETTINGS_SAVE_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { hostRoute, requireManageMetakocka } from 'server/host/route';
import { saveAlertsRoute } from 'server/routes/alerts';
import { withCredentialDeps } from 'server/routes/route-context';

export default defineLogicFunction({
  universalIdentifier: ALERT_SETTINGS_SAVE_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER,
  name: 'alert-settings-save',
  description:
    'Saves a change to the alert settings (recipients, thresholds, digest, webhook address); managers only, audited.',
  timeoutSeconds: 60,
  httpRouteTriggerSettings: { path: ALERT_ROUTES.save, httpMethod: 'POST', isAuthRequired: true },
  handler: hostRoute(requireManageMetakocka, withCredentialDeps(saveAlertsRoute)),
});
