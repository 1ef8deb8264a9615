import { defineLogicFunction } from 'twenty-sdk/define';

import { SYNC_ROUTES } from 'plugin/constants/route-paths';
import { RUN_SYNC_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { hostRoute, requireManageMetakocka } from 'server/host/route';
import { runSyncRoute } from 'server/routes/sync';

export default defineLogicFunction({
  universalIdentifier: RUN_SYNC_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER,
  name: 'run-sync',
  description: 'Starts a sync run now for the chosen streams, optionally as a dry run.',
  timeoutSeconds: 60,
  httpRouteTriggerSettings: { path: SYNC_ROUTES.runSync, httpMethod: 'POST', isAuthRequired: true },
  handler: hostRoute(requireManageMetakocka, runSyncRoute),
});
