import { defineLogicFunction } from 'twenty-sdk/define';

import { SYNC_ROUTES } from 'plugin/constants/route-paths';
import { SYNC_SETTINGS_RESET_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { hostRoute, requireManageMetakocka } from 'server/host/route';
import { withCredentialDeps } from 'server/routes/route-context';
import { resetSettingsRoute } from 'server/routes/settings';

export default defineLogicFunction({
  universalIdentifier: SYNC_SETTINGS_RESET_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER,
  name: 'sync-settings-reset',
  description:
    'Replaces the sync settings with their defaults (for a stored document that can no longer be saved); audited.',
  timeoutSeconds: 60,
  httpRouteTriggerSettings: { path: SYNC_ROUTES.settingsReset, httpMethod: 'POST', isAuthRequired: true },
  handler: hostRoute(requireManageMetakocka, withCredentialDeps(resetSettingsRoute)),
});
