// "Open sync issues" in the Metakocka sidebar folder.
import { defineNavigationMenuItem } from 'twenty-sdk/define';

import * as ID from 'plugin/constants/universal-identifiers';
import { viewInFolder } from 'plugin/navigation-menu-items/view-in-folder';

export default defineNavigationMenuItem(
  viewInFolder({
    universalIdentifier: ID.OPEN_SYNC_ISSUES_NAVIGATION_MENU_ITEM_UNIVERSAL_IDENTIFIER,
    name: 'Open sync issues',
    icon: 'IconAlertTriangle',
    position: 2,
    viewUniversalIdentifier: ID.OPEN_SYNC_ISSUES_VIEW_UNIVERSAL_IDENTIFIER,
    targetObjectUniversalIdentifier: ID.SYNC_ISSUE_OBJECT_UNIVERSAL_IDENTIFIER,
  }),
);
