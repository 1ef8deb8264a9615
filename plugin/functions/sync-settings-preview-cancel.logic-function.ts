import { defineLogicFunction } from 'twenty-sdk/define';

import { PREVIEW_ROUTES } from 'plugin/constants/route-paths';
import { SYNC_SETTINGS_PREVIEW_CANCEL_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { hostRoute, requireManageMetakocka } from 'server/host/route';
import { cancelPreviewRoute } from 'server/routes/preview';

export default defineLogicFunction({
  universalIdentifier: SYNC_SETTINGS_PREVIEW_CANCEL_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER,
  name: 'sync-settings-preview-cancel',
  description: 'Cancels an impact preview: its dry runs stop at their next page; nothing was written.',
  timeoutSeconds: 60,
  httpRouteTriggerSettings: { path: PREVIEW_ROUTES.cancel, httpMethod: 'POST', isAuthRequired: true },
  handler: hostRoute(requireManageMetakocka, cancelPreviewRoute),
});
