import { defineLogicFunction } from 'twenty-sdk/define';

import { CREDENTIAL_ROUTES } from 'plugin/constants/route-paths';
import { MY_CREDENTIAL_SAVE_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { hostRoute, requireUser } from 'server/host/route';
import { saveMyCredential } from 'server/routes/credentials';
import { withCredentialDeps } from 'server/routes/route-context';

export default defineLogicFunction({
  universalIdentifier: MY_CREDENTIAL_SAVE_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER,
  name: 'my-credential-save',
  description: "Checks the calling member's own Metakocka key and stores it encrypted (AES-256-GCM).",
  timeoutSeconds: 60,
  httpRouteTriggerSettings: { path: CREDENTIAL_ROUTES.mineSave, httpMethod: 'POST', isAuthRequired: true },
  handler: hostRoute(requireUser, withCredentialDeps(saveMyCredential)),
});
