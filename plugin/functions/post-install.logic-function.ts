import { definePostInstallLogicFunction } from 'twenty-sdk/define';

import { POST_INSTALL_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { runPostInstall } from 'migrations/post-install';
import { hostHandler } from 'server/host/host-handler';

export default definePostInstallLogicFunction({
  universalIdentifier: POST_INSTALL_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER,
  name: 'post-install',
  description: 'Seeds the default sync settings and runs the upgrade steps (migrations/) not yet applied.',
  timeoutSeconds: 300,
  // Upgrades need their migrations too, not only fresh installs (APPS.md §3.5).
  shouldRunOnVersionUpgrade: true,
  handler: hostHandler((payload, runtime) => runPostInstall(payload, runtime)),
});
