// "Trends" page in the Metakocka sidebar folder (issue 18 item 2).
import { defineNavigationMenuItem } from 'twenty-sdk/define';

import * as ID from 'plugin/constants/universal-identifiers';
import { dashboardInFolder } from 'plugin/page-layouts/dashboard-widgets';

export default defineNavigationMenuItem(
  dashboardInFolder({
    universalIdentifier: ID.TRENDS_NAVIGATION_MENU_ITEM_UNIVERSAL_IDENTIFIER,
    name: 'Trends',
    icon: 'IconTrendingUp',
    position: 13,
    pageLayoutUniversalIdentifier: ID.TRENDS_PAGE_LAYOUT_UNIVERSAL_IDENTIFIER,
  }),
);
