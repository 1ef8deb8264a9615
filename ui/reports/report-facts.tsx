// What a report's figures rest on: when the data was last synced (the last completed run of every stream the report
// reads) and how many open sync issues touch the records it read, with the way to the issue inbox. The inbox page is
// opened by its layout's universal identifier, which Twenty resolving there is unverified (D65), so the text also
// names its place in the sidebar.
import { AppPath, navigate } from 'twenty-sdk/front-component';

import { ISSUE_INBOX_PAGE_LAYOUT_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import type { ReportResult } from 'server/reports/report';
import { useReportText } from 'ui/reports/use-report-text';
import { Button } from 'ui/shared/form';
import { styles } from 'ui/shared/theme';

export function ReportFacts({ report }: { report: Pick<ReportResult, 'dataAsOf' | 'openIssues'> }) {
  const { t, time } = useReportText();
  return (
    <div style={{ ...styles.notice, display: 'flex', flexDirection: 'column', gap: 4 }} data-testid="report-facts">
      <span data-testid="report-as-of" data-as-of={report.dataAsOf ?? ''}>
        {report.dataAsOf ? t('facts.asOf', { time: time(report.dataAsOf) }) : t('facts.never')}
      </span>
      <span data-testid="report-issues" data-count={report.openIssues}>
        {t('facts.issues', { count: report.openIssues })}
      </span>
      {report.openIssues > 0 ? (
        <div style={styles.row}>
          <Button
            label={t('facts.openInbox')}
            testId="open-inbox"
            describedBy="report-inbox-where"
            onClick={() =>
              void navigate(AppPath.PageLayoutPage, { pageLayoutId: ISSUE_INBOX_PAGE_LAYOUT_UNIVERSAL_IDENTIFIER })
            }
          />
          <span id="report-inbox-where" style={styles.hint}>
            {t('facts.inboxWhere')}
          </span>
        </div>
      ) : null}
    </div>
  );
}
