import { defineLogicFunction } from 'twenty-sdk/define';

import { SYNC_ROUTES } from 'plugin/constants/route-paths';
import { SYNC_SETTINGS_READ_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { hostRoute, requireManageMetakocka } from 'server/host/route';
import { readSettingsRoute } from 'server/routes/settings';

export default defineLogicFunction({
  universalIdentifier: SYNC_SETTINGS_READ_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER,
  name: 'sync-settings-read',
  description: 'Answers the sync settings document and its documented defaults.',
  timeoutSeconds: 60,
  httpRouteTriggerSettings: { path: SYNC_ROUTES.settingsRead, httpMethod: 'GET', isAuthRequired: true },
  handler: hostRoute(requireManageMetakocka, readSettingsRoute),
});
