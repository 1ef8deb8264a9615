import { defineHealthCheck } from 'twenty-sdk/define';

import { METAKOCKA_HEALTH_CHECK_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { runtimeFor } from 'server/host/host-handler';
import { healthCheck } from 'server/routes/health';
import { credentialDeps } from 'server/routes/route-context';

// Runs when the app's settings page opens (APPS.md §1.2): not configured, refused, last sync failed, or healthy.
export default defineHealthCheck({
  universalIdentifier: METAKOCKA_HEALTH_CHECK_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER,
  name: 'metakocka-health-check',
  description: 'Shows whether Metakocka is connected, whether its credentials are accepted and how the last sync went.',
  timeoutSeconds: 30,
  handler: () => healthCheck(credentialDeps(runtimeFor(undefined))),
});
