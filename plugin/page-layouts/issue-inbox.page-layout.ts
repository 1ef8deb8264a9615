// The "Sync issues" page: a standalone page (UI-SURFACES.md §1.5) holding the issue inbox component, opened from the
// Metakocka sidebar folder (issue-inbox.navigation-menu-item.ts) and from the settings page.
import { definePageLayout, PageLayoutTabLayoutMode } from 'twenty-sdk/define';

import * as ID from 'plugin/constants/universal-identifiers';

export default definePageLayout({
  universalIdentifier: ID.ISSUE_INBOX_PAGE_LAYOUT_UNIVERSAL_IDENTIFIER,
  name: 'Metakocka sync issues',
  type: 'STANDALONE_PAGE',
  tabs: [
    {
      universalIdentifier: ID.ISSUE_INBOX_PAGE_LAYOUT_TAB_UNIVERSAL_IDENTIFIER,
      title: 'Sync issues',
      position: 0,
      layoutMode: PageLayoutTabLayoutMode.VERTICAL_LIST,
      widgets: [
        {
          universalIdentifier: ID.ISSUE_INBOX_PAGE_LAYOUT_WIDGET_UNIVERSAL_IDENTIFIER,
          title: 'Sync issues',
          type: 'FRONT_COMPONENT',
          heightBehavior: 'TAB_VIEWPORT',
          configuration: {
            configurationType: 'FRONT_COMPONENT',
            frontComponentUniversalIdentifier: ID.ISSUE_INBOX_FRONT_COMPONENT_UNIVERSAL_IDENTIFIER,
          },
        },
      ],
    },
  ],
});
