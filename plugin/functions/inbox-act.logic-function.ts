import { defineLogicFunction } from 'twenty-sdk/define';

import { INBOX_ROUTES } from 'plugin/constants/route-paths';
import { INBOX_ACT_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { hostRoute, requireManageMetakocka } from 'server/host/route';
import { inboxActRoute } from 'server/routes/inbox';

export default defineLogicFunction({
  universalIdentifier: INBOX_ACT_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER,
  name: 'inbox-act',
  description: 'Retries, ignores or resolves sync issues: a selection, or everything matching a filter (as a job).',
  timeoutSeconds: 120,
  httpRouteTriggerSettings: { path: INBOX_ROUTES.act, httpMethod: 'POST', isAuthRequired: true },
  handler: hostRoute(requireManageMetakocka, inboxActRoute),
});
