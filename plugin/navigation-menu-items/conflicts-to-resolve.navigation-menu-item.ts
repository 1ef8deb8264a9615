// "Conflicts to resolve" in the Metakocka sidebar folder.
import { defineNavigationMenuItem } from 'twenty-sdk/define';

import * as ID from 'plugin/constants/universal-identifiers';
import { viewInFolder } from 'plugin/navigation-menu-items/view-in-folder';

export default defineNavigationMenuItem(
  viewInFolder({
    universalIdentifier: ID.CONFLICTS_TO_RESOLVE_NAVIGATION_MENU_ITEM_UNIVERSAL_IDENTIFIER,
    name: 'Conflicts to resolve',
    icon: 'IconGitCompare',
    position: 3,
    viewUniversalIdentifier: ID.CONFLICTS_TO_RESOLVE_VIEW_UNIVERSAL_IDENTIFIER,
    targetObjectUniversalIdentifier: ID.SYNC_ISSUE_OBJECT_UNIVERSAL_IDENTIFIER,
  }),
);
