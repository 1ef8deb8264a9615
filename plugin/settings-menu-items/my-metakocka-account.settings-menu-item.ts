import { defineSettingsMenuItem } from 'twenty-sdk/define';

import {
  MY_METAKOCKA_ACCOUNT_FRONT_COMPONENT_UNIVERSAL_IDENTIFIER,
  MY_METAKOCKA_ACCOUNT_SETTINGS_MENU_ITEM_UNIVERSAL_IDENTIFIER,
} from 'plugin/constants/universal-identifiers';

// Every member's own page (scope USER), next to their profile settings.
export default defineSettingsMenuItem({
  universalIdentifier: MY_METAKOCKA_ACCOUNT_SETTINGS_MENU_ITEM_UNIVERSAL_IDENTIFIER,
  frontComponentUniversalIdentifier: MY_METAKOCKA_ACCOUNT_FRONT_COMPONENT_UNIVERSAL_IDENTIFIER,
  title: 'My Metakocka account',
  icon: 'IconKey',
  scope: 'USER',
});
