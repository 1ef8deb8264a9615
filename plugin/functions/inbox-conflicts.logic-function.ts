import { defineLogicFunction } from 'twenty-sdk/define';

import { INBOX_ROUTES } from 'plugin/constants/route-paths';
import { INBOX_CONFLICTS_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { hostRoute, requireManageMetakocka } from 'server/host/route';
import { inboxConflictsRoute } from 'server/routes/inbox';

export default defineLogicFunction({
  universalIdentifier: INBOX_CONFLICTS_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER,
  name: 'inbox-conflicts',
  description: 'Settles sync conflicts per field or in bulk, and restores a value that lost.',
  timeoutSeconds: 120,
  httpRouteTriggerSettings: { path: INBOX_ROUTES.conflicts, httpMethod: 'POST', isAuthRequired: true },
  handler: hostRoute(requireManageMetakocka, inboxConflictsRoute),
});
