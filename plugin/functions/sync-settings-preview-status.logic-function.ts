import { defineLogicFunction } from 'twenty-sdk/define';

import { PREVIEW_ROUTES } from 'plugin/constants/route-paths';
import { SYNC_SETTINGS_PREVIEW_STATUS_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { hostRoute, requireManageMetakocka } from 'server/host/route';
import { previewStatusRoute } from 'server/routes/preview';

export default defineLogicFunction({
  universalIdentifier: SYNC_SETTINGS_PREVIEW_STATUS_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER,
  name: 'sync-settings-preview-status',
  description:
    "Answers an impact preview's progress and report: records created, updated, left and leaving the filters, with examples, calls and time.",
  timeoutSeconds: 60,
  httpRouteTriggerSettings: { path: PREVIEW_ROUTES.status, httpMethod: 'GET', isAuthRequired: true },
  handler: hostRoute(requireManageMetakocka, previewStatusRoute),
});
