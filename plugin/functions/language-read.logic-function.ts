import { defineLogicFunction } from 'twenty-sdk/define';

import { LANGUAGE_ROUTES } from 'plugin/constants/route-paths';
import { LANGUAGE_READ_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { hostRoute, requireUser } from 'server/host/route';
import { readLanguage } from 'server/routes/language';
import { withCredentialDeps } from 'server/routes/route-context';

export default defineLogicFunction({
  universalIdentifier: LANGUAGE_READ_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER,
  name: 'language-read',
  description: "Answers the language the app speaks to the calling member: their own choice and the workspace's.",
  timeoutSeconds: 30,
  httpRouteTriggerSettings: { path: LANGUAGE_ROUTES.read, httpMethod: 'POST', isAuthRequired: true },
  handler: hostRoute(requireUser, withCredentialDeps(readLanguage)),
});
