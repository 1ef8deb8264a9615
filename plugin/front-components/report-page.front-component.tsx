import { defineFrontComponent } from 'twenty-sdk/define';

import { REPORTS_FRONT_COMPONENT_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { ReportPage } from 'ui/reports/report-page';
import { inLanguage } from 'ui/shared/in-language';

// The report page, the only widget of the "Reports" page (reports.page-layout.ts).
export default defineFrontComponent({
  universalIdentifier: REPORTS_FRONT_COMPONENT_UNIVERSAL_IDENTIFIER,
  name: 'report-page',
  description: 'Metakocka reports: pick a template and its parameters, see a table and a chart, export, save.',
  component: inLanguage(ReportPage),
});
