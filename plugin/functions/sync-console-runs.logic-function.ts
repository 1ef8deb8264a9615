import { defineLogicFunction } from 'twenty-sdk/define';

import { CONSOLE_ROUTES } from 'plugin/constants/route-paths';
import { CONSOLE_RUNS_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { hostRoute, requireUser } from 'server/host/route';
import { runListRoute } from 'server/routes/console';

export default defineLogicFunction({
  universalIdentifier: CONSOLE_RUNS_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER,
  name: 'sync-console-runs',
  description:
    "Sync console: run history by stream, status and date, one page at a time; read with the member's token.",
  timeoutSeconds: 60,
  httpRouteTriggerSettings: { path: CONSOLE_ROUTES.runs, httpMethod: 'POST', isAuthRequired: true },
  handler: hostRoute(requireUser, runListRoute),
});
