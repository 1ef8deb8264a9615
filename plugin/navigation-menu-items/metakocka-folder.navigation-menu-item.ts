// The "Metakocka" folder in the left sidebar; the app's views sit inside it.
import { defineNavigationMenuItem, NavigationMenuItemType } from 'twenty-sdk/define';

import { METAKOCKA_FOLDER_NAVIGATION_MENU_ITEM_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';

export default defineNavigationMenuItem({
  universalIdentifier: METAKOCKA_FOLDER_NAVIGATION_MENU_ITEM_UNIVERSAL_IDENTIFIER,
  type: NavigationMenuItemType.FOLDER,
  name: 'Metakocka',
  icon: 'IconPlugConnected',
  position: 100,
});
