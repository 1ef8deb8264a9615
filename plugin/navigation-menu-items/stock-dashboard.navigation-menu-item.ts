// "Stock" dashboard in the Metakocka sidebar folder (issue 19).
import { defineNavigationMenuItem } from 'twenty-sdk/define';

import * as ID from 'plugin/constants/universal-identifiers';
import { dashboardInFolder } from 'plugin/page-layouts/dashboard-widgets';

export default defineNavigationMenuItem(
  dashboardInFolder({
    universalIdentifier: ID.STOCK_DASHBOARD_NAVIGATION_MENU_ITEM_UNIVERSAL_IDENTIFIER,
    name: 'Stock',
    icon: 'IconStack2',
    position: 12,
    pageLayoutUniversalIdentifier: ID.STOCK_DASHBOARD_PAGE_LAYOUT_UNIVERSAL_IDENTIFIER,
  }),
);
