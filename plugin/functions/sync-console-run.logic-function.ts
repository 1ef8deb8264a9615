import { defineLogicFunction } from 'twenty-sdk/define';

import { CONSOLE_ROUTES } from 'plugin/constants/route-paths';
import { CONSOLE_RUN_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { hostRoute, requireManageMetakocka } from 'server/host/route';
import { consoleRunRoute } from 'server/routes/console';

export default defineLogicFunction({
  universalIdentifier: CONSOLE_RUN_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER,
  name: 'sync-console-run',
  description: 'Sync console: starts a run now for one stream or all, optionally as a dry run; audited.',
  timeoutSeconds: 60,
  httpRouteTriggerSettings: { path: CONSOLE_ROUTES.runNow, httpMethod: 'POST', isAuthRequired: true },
  handler: hostRoute(requireManageMetakocka, consoleRunRoute),
});
