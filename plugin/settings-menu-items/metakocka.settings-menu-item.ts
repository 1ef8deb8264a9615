import { defineSettingsMenuItem } from 'twenty-sdk/define';

import {
  METAKOCKA_SETTINGS_FRONT_COMPONENT_UNIVERSAL_IDENTIFIER,
  METAKOCKA_SETTINGS_MENU_ITEM_UNIVERSAL_IDENTIFIER,
} from 'plugin/constants/universal-identifiers';

// Workspace settings: the routes behind the page check the "Manage Metakocka" permission on the server.
export default defineSettingsMenuItem({
  universalIdentifier: METAKOCKA_SETTINGS_MENU_ITEM_UNIVERSAL_IDENTIFIER,
  frontComponentUniversalIdentifier: METAKOCKA_SETTINGS_FRONT_COMPONENT_UNIVERSAL_IDENTIFIER,
  title: 'Metakocka',
  icon: 'IconPlugConnected',
  scope: 'WORKSPACE',
});
