import { defineLogicFunction } from 'twenty-sdk/define';

import { LANGUAGE_ROUTES } from 'plugin/constants/route-paths';
import { WORKSPACE_LANGUAGE_SAVE_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { hostRoute, requireManageMetakocka } from 'server/host/route';
import { saveWorkspaceLanguageRoute } from 'server/routes/language';
import { withCredentialDeps } from 'server/routes/route-context';

export default defineLogicFunction({
  universalIdentifier: WORKSPACE_LANGUAGE_SAVE_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER,
  name: 'workspace-language-save',
  description: "Sets the workspace's default language (METAKOCKA_UI_LANGUAGE) and records who changed it from what.",
  timeoutSeconds: 30,
  httpRouteTriggerSettings: { path: LANGUAGE_ROUTES.workspaceSave, httpMethod: 'POST', isAuthRequired: true },
  handler: hostRoute(requireManageMetakocka, withCredentialDeps(saveWorkspaceLanguageRoute)),
});
