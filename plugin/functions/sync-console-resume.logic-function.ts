import { defineLogicFunction } from 'twenty-sdk/define';

import { CONSOLE_ROUTES } from 'plugin/constants/route-paths';
import { CONSOLE_RESUME_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { hostRoute, requireManageMetakocka } from 'server/host/route';
import { resumeStreamRoute } from 'server/routes/console';

export default defineLogicFunction({
  universalIdentifier: CONSOLE_RESUME_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER,
  name: 'sync-console-resume',
  description: 'Sync console: resumes a paused stream from its checkpoint; audited.',
  timeoutSeconds: 60,
  httpRouteTriggerSettings: { path: CONSOLE_ROUTES.resume, httpMethod: 'POST', isAuthRequired: true },
  handler: hostRoute(requireManageMetakocka, resumeStreamRoute),
});
