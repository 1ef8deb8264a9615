import { defineLogicFunction } from 'twenty-sdk/define';

import { CREDENTIAL_ROUTES } from 'plugin/constants/route-paths';
import { MY_CREDENTIAL_DELETE_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { hostRoute, requireUser } from 'server/host/route';
import { deleteMyCredential } from 'server/routes/credentials';
import { withCredentialDeps } from 'server/routes/route-context';

export default defineLogicFunction({
  universalIdentifier: MY_CREDENTIAL_DELETE_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER,
  name: 'my-credential-delete',
  description: "Removes the calling member's own Metakocka credential.",
  timeoutSeconds: 60,
  httpRouteTriggerSettings: { path: CREDENTIAL_ROUTES.mineDelete, httpMethod: 'POST', isAuthRequired: true },
  handler: hostRoute(requireUser, withCredentialDeps(deleteMyCredential)),
});
