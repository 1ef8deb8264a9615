import { defineLogicFunction } from 'twenty-sdk/define';

import { CREDENTIAL_ROUTES } from 'plugin/constants/route-paths';
import { CREDENTIAL_POLICY_SAVE_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { hostRoute, requireManageMetakocka } from 'server/host/route';
import { saveCredentialPolicy } from 'server/routes/credentials';
import { withCredentialDeps } from 'server/routes/route-context';

export default defineLogicFunction({
  universalIdentifier: CREDENTIAL_POLICY_SAVE_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER,
  name: 'credential-policy-save',
  description: 'Sets the personal-credential policy and records who changed it.',
  timeoutSeconds: 60,
  httpRouteTriggerSettings: { path: CREDENTIAL_ROUTES.policySave, httpMethod: 'POST', isAuthRequired: true },
  handler: hostRoute(requireManageMetakocka, withCredentialDeps(saveCredentialPolicy)),
});
