import { defineLogicFunction } from 'twenty-sdk/define';

import { SYNC_ROUTES } from 'plugin/constants/route-paths';
import { SYNC_SETTINGS_SAVE_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { hostRoute, requireManageMetakocka } from 'server/host/route';
import { saveSettingsRoute } from 'server/routes/settings';

export default defineLogicFunction({
  universalIdentifier: SYNC_SETTINGS_SAVE_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER,
  name: 'sync-settings-save',
  description: 'Validates and saves a change to the sync settings; takes effect on the next job, no redeploy.',
  timeoutSeconds: 60,
  httpRouteTriggerSettings: { path: SYNC_ROUTES.settingsSave, httpMethod: 'POST', isAuthRequired: true },
  handler: hostRoute(requireManageMetakocka, saveSettingsRoute),
});
