import { defineLogicFunction } from 'twenty-sdk/define';

import { SYNC_ROUTES } from 'plugin/constants/route-paths';
import { RESOLVE_CONFLICT_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { hostRoute, requireManageMetakocka } from 'server/host/route';
import { resolveConflictRoute } from 'server/routes/sync';

export default defineLogicFunction({
  universalIdentifier: RESOLVE_CONFLICT_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER,
  name: 'resolve-conflict',
  description: 'Resolves a sync conflict by keeping the Twenty or the Metakocka value.',
  timeoutSeconds: 60,
  httpRouteTriggerSettings: { path: SYNC_ROUTES.resolveConflict, httpMethod: 'POST', isAuthRequired: true },
  handler: hostRoute(requireManageMetakocka, resolveConflictRoute),
});
