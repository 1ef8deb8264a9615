import { defineLogicFunction } from 'twenty-sdk/define';

import { CREDENTIAL_ROUTES } from 'plugin/constants/route-paths';
import { MEMBER_CREDENTIALS_LIST_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { hostRoute, requireManageMetakocka } from 'server/host/route';
import { listMemberCredentials } from 'server/routes/credentials';
import { withCredentialDeps } from 'server/routes/route-context';

export default defineLogicFunction({
  universalIdentifier: MEMBER_CREDENTIALS_LIST_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER,
  name: 'member-credentials-list',
  description: 'Lists who has a personal Metakocka credential and when it was last verified; never a key.',
  timeoutSeconds: 60,
  httpRouteTriggerSettings: { path: CREDENTIAL_ROUTES.membersList, httpMethod: 'POST', isAuthRequired: true },
  handler: hostRoute(requireManageMetakocka, withCredentialDeps(listMemberCredentials)),
});
