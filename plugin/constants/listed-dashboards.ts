// The app's DASHBOARD page layouts that the install lists among Twenty's own Dashboards by creating a `dashboard`
// record for each (UI-SURFACES.md §1.6, D80). Their STANDALONE_PAGE twins stay the sidebar pages.
import * as ID from 'plugin/constants/universal-identifiers';

export const LISTED_DASHBOARD_LAYOUTS = [
  ID.SALES_DASHBOARD_LISTED_PAGE_LAYOUT_UNIVERSAL_IDENTIFIER,
  ID.RECEIVABLES_DASHBOARD_LISTED_PAGE_LAYOUT_UNIVERSAL_IDENTIFIER,
  ID.STOCK_DASHBOARD_LISTED_PAGE_LAYOUT_UNIVERSAL_IDENTIFIER,
  ID.TRENDS_LISTED_PAGE_LAYOUT_UNIVERSAL_IDENTIFIER,
] as const;
