// The report page's texts in the member's language (the same choice as every page: ui/shared/i18n.ts useT), with the
// report words shared with the exported files (plugin/constants/report-labels.ts).
import { REPORT_LABELS } from 'plugin/constants/report-labels';
import { reportText } from 'ui/reports/messages';
import { useT } from 'ui/shared/i18n';

export function useReportText() {
  const { language, time } = useT();
  return { language, t: reportText(language), labels: REPORT_LABELS[language], time };
}
