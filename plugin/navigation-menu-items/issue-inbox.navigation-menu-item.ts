// "Sync issues" in the Metakocka sidebar folder: the issue inbox page (UI-SURFACES.md §1.5).
import { defineNavigationMenuItem, NavigationMenuItemType } from 'twenty-sdk/define';

import * as ID from 'plugin/constants/universal-identifiers';

export default defineNavigationMenuItem({
  universalIdentifier: ID.ISSUE_INBOX_NAVIGATION_MENU_ITEM_UNIVERSAL_IDENTIFIER,
  type: NavigationMenuItemType.PAGE_LAYOUT,
  name: 'Sync issues',
  icon: 'IconInbox',
  position: 5,
  pageLayoutUniversalIdentifier: ID.ISSUE_INBOX_PAGE_LAYOUT_UNIVERSAL_IDENTIFIER,
  folderUniversalIdentifier: ID.METAKOCKA_FOLDER_NAVIGATION_MENU_ITEM_UNIVERSAL_IDENTIFIER,
});
