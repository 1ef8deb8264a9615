import { defineLogicFunction } from 'twenty-sdk/define';

import { CREDENTIAL_ROUTES } from 'plugin/constants/route-paths';
import { CREDENTIAL_KEY_ROTATE_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { hostRoute, requireManageMetakocka } from 'server/host/route';
import { rotateCredentialKey } from 'server/routes/credentials';
import { withCredentialDeps } from 'server/routes/route-context';

export default defineLogicFunction({
  universalIdentifier: CREDENTIAL_KEY_ROTATE_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER,
  name: 'credential-key-rotate',
  description: 'Replaces the credential encryption key and re-encrypts every personal credential.',
  timeoutSeconds: 60,
  httpRouteTriggerSettings: { path: CREDENTIAL_ROUTES.rotateKey, httpMethod: 'POST', isAuthRequired: true },
  handler: hostRoute(requireManageMetakocka, withCredentialDeps(rotateCredentialKey)),
});
