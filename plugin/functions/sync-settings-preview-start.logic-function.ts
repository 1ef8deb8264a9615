import { defineLogicFunction } from 'twenty-sdk/define';

import { PREVIEW_ROUTES } from 'plugin/constants/route-paths';
import { SYNC_SETTINGS_PREVIEW_START_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { hostRoute, requireManageMetakocka } from 'server/host/route';
import { startPreviewRoute } from 'server/routes/preview';

export default defineLogicFunction({
  universalIdentifier: SYNC_SETTINGS_PREVIEW_START_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER,
  name: 'sync-settings-preview-start',
  description:
    'Starts an impact preview of a settings change: a dry run of each affected stream with the proposed settings; writes nothing.',
  timeoutSeconds: 60,
  httpRouteTriggerSettings: { path: PREVIEW_ROUTES.start, httpMethod: 'POST', isAuthRequired: true },
  handler: hostRoute(requireManageMetakocka, startPreviewRoute),
});
