// The stock page as a DASHBOARD layout, listed among Twenty's Dashboards by the record the install creates (D80).
import { definePageLayout } from 'twenty-sdk/define';

import page from 'plugin/page-layouts/stock-dashboard.page-layout';
import { listedDashboard } from 'plugin/page-layouts/listed-dashboards';

export default definePageLayout(listedDashboard(page.config));
