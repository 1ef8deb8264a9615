// The sync console's own page (issue 16): a STANDALONE_PAGE layout, the type Twenty's sidebar lists for app pages
// (UI-SURFACES.md §1.5), with one tab holding the console's front component. One full-height widget, so the tab is a
// vertical list and the widget takes the viewport.
import { definePageLayout, PageLayoutTabLayoutMode, PageLayoutType, WidgetType } from 'twenty-sdk/define';

import * as ID from 'plugin/constants/universal-identifiers';

export default definePageLayout({
  universalIdentifier: ID.SYNC_CONSOLE_PAGE_LAYOUT_UNIVERSAL_IDENTIFIER,
  name: 'Metakocka sync console',
  type: PageLayoutType.STANDALONE_PAGE,
  tabs: [
    {
      universalIdentifier: ID.SYNC_CONSOLE_PAGE_LAYOUT_TAB_UNIVERSAL_IDENTIFIER,
      title: 'Sync console',
      position: 0,
      icon: 'IconRefresh',
      layoutMode: PageLayoutTabLayoutMode.VERTICAL_LIST,
      widgets: [
        {
          universalIdentifier: ID.SYNC_CONSOLE_PAGE_LAYOUT_WIDGET_UNIVERSAL_IDENTIFIER,
          title: 'Sync console',
          type: WidgetType.FRONT_COMPONENT,
          heightBehavior: 'TAB_VIEWPORT',
          configuration: {
            configurationType: 'FRONT_COMPONENT',
            frontComponentUniversalIdentifier: ID.SYNC_CONSOLE_FRONT_COMPONENT_UNIVERSAL_IDENTIFIER,
          },
        },
      ],
    },
  ],
});
