// "Sync console" in the Metakocka sidebar folder: opens the console's page (a PAGE_LAYOUT item, UI-SURFACES.md §1.5).
import { defineNavigationMenuItem, NavigationMenuItemType } from 'twenty-sdk/define';

import * as ID from 'plugin/constants/universal-identifiers';

export default defineNavigationMenuItem({
  universalIdentifier: ID.SYNC_CONSOLE_NAVIGATION_MENU_ITEM_UNIVERSAL_IDENTIFIER,
  type: NavigationMenuItemType.PAGE_LAYOUT,
  name: 'Sync console',
  icon: 'IconAdjustmentsHorizontal',
  position: 5,
  pageLayoutUniversalIdentifier: ID.SYNC_CONSOLE_PAGE_LAYOUT_UNIVERSAL_IDENTIFIER,
  folderUniversalIdentifier: ID.METAKOCKA_FOLDER_NAVIGATION_MENU_ITEM_UNIVERSAL_IDENTIFIER,
});
