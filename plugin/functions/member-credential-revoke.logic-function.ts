import { defineLogicFunction } from 'twenty-sdk/define';

import { CREDENTIAL_ROUTES } from 'plugin/constants/route-paths';
import { MEMBER_CREDENTIAL_REVOKE_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { hostRoute, requireManageMetakocka } from 'server/host/route';
import { revokeMemberCredential } from 'server/routes/credentials';
import { withCredentialDeps } from 'server/routes/route-context';

export default defineLogicFunction({
  universalIdentifier: MEMBER_CREDENTIAL_REVOKE_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER,
  name: 'member-credential-revoke',
  description: "Revokes a member's personal Metakocka credential.",
  timeoutSeconds: 60,
  httpRouteTriggerSettings: { path: CREDENTIAL_ROUTES.membersRevoke, httpMethod: 'POST', isAuthRequired: true },
  handler: hostRoute(requireManageMetakocka, withCredentialDeps(revokeMemberCredential)),
});
