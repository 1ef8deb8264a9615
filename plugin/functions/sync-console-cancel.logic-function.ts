import { defineLogicFunction } from 'twenty-sdk/define';

import { CONSOLE_ROUTES } from 'plugin/constants/route-paths';
import { CONSOLE_CANCEL_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { hostRoute, requireManageMetakocka } from 'server/host/route';
import { cancelRunRoute } from 'server/routes/console';

export default defineLogicFunction({
  universalIdentifier: CONSOLE_CANCEL_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER,
  name: 'sync-console-cancel',
  description: "Sync console: cancels a stream's run at its next page boundary; audited.",
  timeoutSeconds: 60,
  httpRouteTriggerSettings: { path: CONSOLE_ROUTES.cancel, httpMethod: 'POST', isAuthRequired: true },
  handler: hostRoute(requireManageMetakocka, cancelRunRoute),
});
