import { defineLogicFunction } from 'twenty-sdk/define';

import { CONSOLE_ROUTES } from 'plugin/constants/route-paths';
import { CONSOLE_RUN_DETAIL_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { hostRoute, requireUser } from 'server/host/route';
import { runDetailRoute } from 'server/routes/console';

export default defineLogicFunction({
  universalIdentifier: CONSOLE_RUN_DETAIL_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER,
  name: 'sync-console-run-detail',
  description:
    "Sync console: a run's counts, calls, settings and the issues it raised or last saw; read with the member's token.",
  timeoutSeconds: 60,
  httpRouteTriggerSettings: { path: CONSOLE_ROUTES.runDetail, httpMethod: 'POST', isAuthRequired: true },
  handler: hostRoute(requireUser, runDetailRoute),
});
