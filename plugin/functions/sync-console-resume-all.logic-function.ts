import { defineLogicFunction } from 'twenty-sdk/define';

import { CONSOLE_ROUTES } from 'plugin/constants/route-paths';
import { CONSOLE_RESUME_ALL_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { hostRoute, requireManageMetakocka } from 'server/host/route';
import { resumeAllRoute } from 'server/routes/console';

export default defineLogicFunction({
  universalIdentifier: CONSOLE_RESUME_ALL_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER,
  name: 'sync-console-resume-all',
  description: 'Sync console: ends maintenance; resumes every stream and pushes the held edits; audited.',
  timeoutSeconds: 60,
  httpRouteTriggerSettings: { path: CONSOLE_ROUTES.resumeAll, httpMethod: 'POST', isAuthRequired: true },
  handler: hostRoute(requireManageMetakocka, resumeAllRoute),
});
