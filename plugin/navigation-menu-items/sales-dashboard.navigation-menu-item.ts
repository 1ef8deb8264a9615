// "Sales" dashboard in the Metakocka sidebar folder (issue 19).
import { defineNavigationMenuItem } from 'twenty-sdk/define';

import * as ID from 'plugin/constants/universal-identifiers';
import { dashboardInFolder } from 'plugin/page-layouts/dashboard-widgets';

export default defineNavigationMenuItem(
  dashboardInFolder({
    universalIdentifier: ID.SALES_DASHBOARD_NAVIGATION_MENU_ITEM_UNIVERSAL_IDENTIFIER,
    name: 'Sales',
    icon: 'IconChartBar',
    position: 10,
    pageLayoutUniversalIdentifier: ID.SALES_DASHBOARD_PAGE_LAYOUT_UNIVERSAL_IDENTIFIER,
  }),
);
