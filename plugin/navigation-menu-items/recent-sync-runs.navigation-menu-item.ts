// "Recent sync runs" in the Metakocka sidebar folder.
import { defineNavigationMenuItem } from 'twenty-sdk/define';

import * as ID from 'plugin/constants/universal-identifiers';
import { viewInFolder } from 'plugin/navigation-menu-items/view-in-folder';

export default defineNavigationMenuItem(
  viewInFolder({
    universalIdentifier: ID.RECENT_SYNC_RUNS_NAVIGATION_MENU_ITEM_UNIVERSAL_IDENTIFIER,
    name: 'Recent sync runs',
    icon: 'IconRefresh',
    position: 4,
    viewUniversalIdentifier: ID.RECENT_SYNC_RUNS_VIEW_UNIVERSAL_IDENTIFIER,
    targetObjectUniversalIdentifier: ID.SYNC_RUN_OBJECT_UNIVERSAL_IDENTIFIER,
  }),
);
