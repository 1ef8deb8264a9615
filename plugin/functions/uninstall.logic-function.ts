import { defineUninstallLogicFunction } from 'twenty-sdk/define';

import { UNINSTALL_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { runUninstall } from 'migrations/uninstall';
import { hostHandler } from 'server/host/host-handler';

export default defineUninstallLogicFunction({
  universalIdentifier: UNINSTALL_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER,
  name: 'uninstall',
  description:
    "Clears the app's kv state and destroys the per-user Metakocka credential rows; synced business data stays.",
  timeoutSeconds: 120,
  handler: hostHandler((_payload, runtime) => runUninstall(runtime)),
});
