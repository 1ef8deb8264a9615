import { defineLogicFunction } from 'twenty-sdk/define';

import { CREDENTIAL_ROUTES } from 'plugin/constants/route-paths';
import { ORGANISATION_CREDENTIALS_SAVE_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { hostRoute, requireManageMetakocka } from 'server/host/route';
import { saveOrganisationCredentials } from 'server/routes/credentials';
import { withCredentialDeps } from 'server/routes/route-context';

export default defineLogicFunction({
  universalIdentifier: ORGANISATION_CREDENTIALS_SAVE_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER,
  name: 'organisation-credentials-save',
  description: 'Checks new organisation credentials against Metakocka and saves them only if every check passes.',
  timeoutSeconds: 60,
  httpRouteTriggerSettings: { path: CREDENTIAL_ROUTES.organisationSave, httpMethod: 'POST', isAuthRequired: true },
  handler: hostRoute(requireManageMetakocka, withCredentialDeps(saveOrganisationCredentials)),
});
