import { defineLogicFunction } from 'twenty-sdk/define';

import { LANGUAGE_ROUTES } from 'plugin/constants/route-paths';
import { MY_LANGUAGE_SAVE_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { hostRoute, requireUser } from 'server/host/route';
import { saveMyLanguage } from 'server/routes/language';
import { withCredentialDeps } from 'server/routes/route-context';

export default defineLogicFunction({
  universalIdentifier: MY_LANGUAGE_SAVE_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER,
  name: 'my-language-save',
  description: 'Saves the language the calling member chose for themselves (en, sl, or null to follow the workspace).',
  timeoutSeconds: 30,
  httpRouteTriggerSettings: { path: LANGUAGE_ROUTES.mineSave, httpMethod: 'POST', isAuthRequired: true },
  handler: hostRoute(requireUser, withCredentialDeps(saveMyLanguage)),
});
