// "Products" in the Metakocka sidebar folder.
import { defineNavigationMenuItem } from 'twenty-sdk/define';

import * as ID from 'plugin/constants/universal-identifiers';
import { viewInFolder } from 'plugin/navigation-menu-items/view-in-folder';

export default defineNavigationMenuItem(
  viewInFolder({
    universalIdentifier: ID.PRODUCTS_NAVIGATION_MENU_ITEM_UNIVERSAL_IDENTIFIER,
    name: 'Products',
    icon: 'IconPackage',
    position: 0,
    viewUniversalIdentifier: ID.PRODUCTS_VIEW_UNIVERSAL_IDENTIFIER,
    targetObjectUniversalIdentifier: ID.PRODUCT_OBJECT_UNIVERSAL_IDENTIFIER,
  }),
);
