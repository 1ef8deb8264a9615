import { defineLogicFunction } from 'twenty-sdk/define';

import { SYNC_ROUTES } from 'plugin/constants/route-paths';
import { RECORD_SYNC_ACTION_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { hostRoute, requireManageMetakocka } from 'server/host/route';
import { recordActionRoute } from 'server/routes/sync';

export default defineLogicFunction({
  universalIdentifier: RECORD_SYNC_ACTION_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER,
  name: 'record-sync-action',
  description: 'Resyncs, unlinks, excludes or includes one record.',
  timeoutSeconds: 60,
  httpRouteTriggerSettings: { path: SYNC_ROUTES.recordAction, httpMethod: 'POST', isAuthRequired: true },
  handler: hostRoute(requireManageMetakocka, recordActionRoute),
});
