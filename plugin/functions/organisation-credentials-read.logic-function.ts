import { defineLogicFunction } from 'twenty-sdk/define';

import { CREDENTIAL_ROUTES } from 'plugin/constants/route-paths';
import { ORGANISATION_CREDENTIALS_READ_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { hostRoute, requireManageMetakocka } from 'server/host/route';
import { readOrganisationCredentials } from 'server/routes/credentials';
import { withCredentialDeps } from 'server/routes/route-context';

export default defineLogicFunction({
  universalIdentifier: ORGANISATION_CREDENTIALS_READ_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER,
  name: 'organisation-credentials-read',
  description:
    "Answers the facts of the organisation's Metakocka connection (company id, whether a key is set and when it changed, endpoint); never the key.",
  timeoutSeconds: 60,
  httpRouteTriggerSettings: { path: CREDENTIAL_ROUTES.organisationRead, httpMethod: 'POST', isAuthRequired: true },
  handler: hostRoute(requireManageMetakocka, withCredentialDeps(readOrganisationCredentials)),
});
