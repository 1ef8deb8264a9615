// A sidebar entry that opens one of the app's views inside the "Metakocka" folder. Not an entity file.
import { NavigationMenuItemType } from 'twenty-sdk/define';

import { METAKOCKA_FOLDER_NAVIGATION_MENU_ITEM_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';

export const viewInFolder = (item: {
  universalIdentifier: string;
  name: string;
  icon: string;
  position: number;
  viewUniversalIdentifier: string;
  targetObjectUniversalIdentifier: string;
}) => ({
  ...item,
  type: NavigationMenuItemType.VIEW,
  folderUniversalIdentifier: METAKOCKA_FOLDER_NAVIGATION_MENU_ITEM_UNIVERSAL_IDENTIFIER,
});
