import { defineLogicFunction } from 'twenty-sdk/define';

import { CREDENTIAL_ROUTES } from 'plugin/constants/route-paths';
import { MY_CREDENTIAL_STATUS_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { hostRoute, requireUser } from 'server/host/route';
import { myCredentialStatus } from 'server/routes/credentials';
import { withCredentialDeps } from 'server/routes/route-context';

export default defineLogicFunction({
  universalIdentifier: MY_CREDENTIAL_STATUS_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER,
  name: 'my-credential-status',
  description:
    'Answers whether the calling member has a personal Metakocka credential, its last verification and the policy.',
  timeoutSeconds: 60,
  httpRouteTriggerSettings: { path: CREDENTIAL_ROUTES.mineStatus, httpMethod: 'POST', isAuthRequired: true },
  handler: hostRoute(requireUser, withCredentialDeps(myCredentialStatus)),
});
