// "Reports" in the Metakocka sidebar folder, just before the dashboards whose data it shows as tables (issue 19).
import { defineNavigationMenuItem } from 'twenty-sdk/define';

import * as ID from 'plugin/constants/universal-identifiers';
import { dashboardInFolder } from 'plugin/page-layouts/dashboard-widgets';

export default defineNavigationMenuItem(
  dashboardInFolder({
    universalIdentifier: ID.REPORTS_NAVIGATION_MENU_ITEM_UNIVERSAL_IDENTIFIER,
    name: 'Reports',
    icon: 'IconReportAnalytics',
    position: 9,
    pageLayoutUniversalIdentifier: ID.REPORTS_PAGE_LAYOUT_UNIVERSAL_IDENTIFIER,
  }),
);
