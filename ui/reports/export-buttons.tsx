// "Export as CSV" / "Export as Excel": the server runs the report again (a background report's file is made from its
// result, `job`), writes the file in the member's language and
// stores it on a report record (the inbox's export path); the answer's link is shown to open, since a front component
// cannot hand the browser a file itself (UI-SURFACES.md §4.2).
import { useState } from 'react';

import type { ExportReportAnswer } from 'server/routes/contracts';
import { exportReport, type ParameterValues, type ReportFormat } from 'ui/reports/report-client';
import { useReportText } from 'ui/reports/use-report-text';
import { Button } from 'ui/shared/form';
import { Outcome, type OutcomeValue } from 'ui/shared/states';
import { styles } from 'ui/shared/theme';

export function ExportButtons({
  template,
  parameters,
  job,
}: {
  template: string;
  parameters: ParameterValues;
  job?: string;
}) {
  const { t, language } = useReportText();
  const [busy, setBusy] = useState<ReportFormat | null>(null);
  const [file, setFile] = useState<(ExportReportAnswer & { format: ReportFormat }) | null>(null);
  const [failure, setFailure] = useState<OutcomeValue>(null);
  const run = async (format: ReportFormat) => {
    setBusy(format);
    setFailure(null);
    const answer = await exportReport(template, parameters, format, language, job);
    setBusy(null);
    if (answer.ok) setFile({ ...answer.data, format });
    else setFailure({ ok: false, text: answer.error, action: answer.action });
  };
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: 8 }} data-testid="report-export">
      <div style={styles.row}>
        {(['CSV', 'XLSX'] as const).map((format) => (
          <Button
            key={format}
            label={t(format === 'CSV' ? 'export.csv' : 'export.xlsx')}
            busy={busy === format}
            testId={`export-${format.toLowerCase()}`}
            onClick={() => void run(format)}
          />
        ))}
      </div>
      {file ? (
        <span role="status" data-testid="export-done" data-format={file.format}>
          {`${t('export.done')} `}
          <a href={file.fileUrl} target="_blank" rel="noopener noreferrer" data-testid="export-link">
            {t('export.download', { file: file.fileName })}
          </a>
        </span>
      ) : null}
      <Outcome outcome={failure} />
    </div>
  );
}
