import { defineLogicFunction } from 'twenty-sdk/define';

import { CONSOLE_ROUTES } from 'plugin/constants/route-paths';
import { CONSOLE_LIVE_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { hostRoute, requireManageMetakocka } from 'server/host/route';
import { liveRoute } from 'server/routes/console';

export default defineLogicFunction({
  universalIdentifier: CONSOLE_LIVE_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER,
  name: 'sync-console-live',
  description:
    "Sync console: every stream's schedule, active run (progress, rate, finish estimate, calls) and last run.",
  timeoutSeconds: 60,
  httpRouteTriggerSettings: { path: CONSOLE_ROUTES.live, httpMethod: 'POST', isAuthRequired: true },
  handler: hostRoute(requireManageMetakocka, liveRoute),
});
