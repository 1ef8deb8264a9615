import { defineLogicFunction } from 'twenty-sdk/define';

import { CREDENTIAL_ROUTES } from 'plugin/constants/route-paths';
import { CREDENTIAL_POLICY_READ_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { hostRoute, requireManageMetakocka } from 'server/host/route';
import { readCredentialPolicy } from 'server/routes/credentials';
import { withCredentialDeps } from 'server/routes/route-context';

export default defineLogicFunction({
  universalIdentifier: CREDENTIAL_POLICY_READ_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER,
  name: 'credential-policy-read',
  description: 'Answers the personal-credential policy (OFF, OPTIONAL or REQUIRED).',
  timeoutSeconds: 60,
  httpRouteTriggerSettings: { path: CREDENTIAL_ROUTES.policyRead, httpMethod: 'POST', isAuthRequired: true },
  handler: hostRoute(requireManageMetakocka, withCredentialDeps(readCredentialPolicy)),
});
