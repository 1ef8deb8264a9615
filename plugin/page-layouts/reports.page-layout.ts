// The "Reports" page: a standalone page (UI-SURFACES.md §1.5) holding the report front component, opened from the
// Metakocka sidebar folder (reports.navigation-menu-item.ts), next to the dashboards whose data it shows as tables.
import { definePageLayout, PageLayoutTabLayoutMode } from 'twenty-sdk/define';

import * as ID from 'plugin/constants/universal-identifiers';

export default definePageLayout({
  universalIdentifier: ID.REPORTS_PAGE_LAYOUT_UNIVERSAL_IDENTIFIER,
  name: 'Metakocka reports',
  type: 'STANDALONE_PAGE',
  tabs: [
    {
      universalIdentifier: ID.REPORTS_PAGE_LAYOUT_TAB_UNIVERSAL_IDENTIFIER,
      title: 'Reports',
      position: 0,
      layoutMode: PageLayoutTabLayoutMode.VERTICAL_LIST,
      widgets: [
        {
          universalIdentifier: ID.REPORTS_PAGE_LAYOUT_WIDGET_UNIVERSAL_IDENTIFIER,
          title: 'Reports',
          type: 'FRONT_COMPONENT',
          heightBehavior: 'TAB_VIEWPORT',
          configuration: {
            configurationType: 'FRONT_COMPONENT',
            frontComponentUniversalIdentifier: ID.REPORTS_FRONT_COMPONENT_UNIVERSAL_IDENTIFIER,
          },
        },
      ],
    },
  ],
});
