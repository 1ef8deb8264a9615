// "Sales documents" in the Metakocka sidebar folder.
import { defineNavigationMenuItem } from 'twenty-sdk/define';

import * as ID from 'plugin/constants/universal-identifiers';
import { viewInFolder } from 'plugin/navigation-menu-items/view-in-folder';

export default defineNavigationMenuItem(
  viewInFolder({
    universalIdentifier: ID.SALES_DOCUMENTS_NAVIGATION_MENU_ITEM_UNIVERSAL_IDENTIFIER,
    name: 'Sales documents',
    icon: 'IconFileInvoice',
    position: 1,
    viewUniversalIdentifier: ID.SALES_DOCUMENTS_BY_STATUS_VIEW_UNIVERSAL_IDENTIFIER,
    targetObjectUniversalIdentifier: ID.SALES_DOCUMENT_OBJECT_UNIVERSAL_IDENTIFIER,
  }),
);
