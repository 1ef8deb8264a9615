import { defineLogicFunction } from 'twenty-sdk/define';

import { CONSOLE_ROUTES } from 'plugin/constants/route-paths';
import { CONSOLE_PAUSE_ALL_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { hostRoute, requireManageMetakocka } from 'server/host/route';
import { pauseAllRoute } from 'server/routes/console';

export default defineLogicFunction({
  universalIdentifier: CONSOLE_PAUSE_ALL_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER,
  name: 'sync-console-pause-all',
  description: 'Sync console: maintenance; pauses every stream and holds pushes of Twenty edits; audited.',
  timeoutSeconds: 60,
  httpRouteTriggerSettings: { path: CONSOLE_ROUTES.pauseAll, httpMethod: 'POST', isAuthRequired: true },
  handler: hostRoute(requireManageMetakocka, pauseAllRoute),
});
