import { defineLogicFunction } from 'twenty-sdk/define';

import { INBOX_ROUTES } from 'plugin/constants/route-paths';
import { INBOX_READ_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { hostRoute, requireUser } from 'server/host/route';
import { inboxReadRoute } from 'server/routes/inbox';

export default defineLogicFunction({
  universalIdentifier: INBOX_READ_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER,
  name: 'inbox-read',
  description:
    'Reads the issue inbox as the signed-in member: a page of issues, causes with counts, a job, a conflict.',
  timeoutSeconds: 60,
  httpRouteTriggerSettings: { path: INBOX_ROUTES.read, httpMethod: 'POST', isAuthRequired: true },
  handler: hostRoute(requireUser, inboxReadRoute),
});
