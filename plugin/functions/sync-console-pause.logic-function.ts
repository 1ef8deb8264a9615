import { defineLogicFunction } from 'twenty-sdk/define';

import { CONSOLE_ROUTES } from 'plugin/constants/route-paths';
import { CONSOLE_PAUSE_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { hostRoute, requireManageMetakocka } from 'server/host/route';
import { pauseStreamRoute } from 'server/routes/console';

export default defineLogicFunction({
  universalIdentifier: CONSOLE_PAUSE_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER,
  name: 'sync-console-pause',
  description: 'Sync console: pauses a stream; its running job stops at its next checkpoint; audited.',
  timeoutSeconds: 60,
  httpRouteTriggerSettings: { path: CONSOLE_ROUTES.pause, httpMethod: 'POST', isAuthRequired: true },
  handler: hostRoute(requireManageMetakocka, pauseStreamRoute),
});
