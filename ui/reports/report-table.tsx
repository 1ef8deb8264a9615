// A report's rows as a table: headers in the member's language, figures formatted per kind and right-aligned; each
// cell also carries the report's own value (data-value), so what is shown can be checked against the engine.
import type { ReportResult } from 'server/reports/report';
import { columnLabel, formatCell } from 'ui/reports/format';
import { useReportText } from 'ui/reports/use-report-text';
import { styles } from 'ui/shared/theme';

const FIGURES = new Set(['money', 'count', 'quantity', 'percent']);

export function ReportTable({ report, title }: { report: ReportResult; title: string }) {
  const { t, language } = useReportText();
  if (report.rows.length === 0)
    return (
      <p style={styles.notice} data-testid="report-empty">
        {t('table.empty')}
      </p>
    );
  const align = (kind: string) => ({ textAlign: FIGURES.has(kind) ? ('right' as const) : ('left' as const) });
  return (
    <div style={{ overflowX: 'auto' }}>
      <table style={styles.table} data-testid="report-table" data-rows={report.rows.length}>
        <caption style={{ ...styles.label, textAlign: 'left' }}>
          {`${title} · ${t('table.rows', { count: report.rows.length })}`}
        </caption>
        <thead>
          <tr>
            {report.columns.map((column) => (
              <th key={column.key} style={{ ...styles.cell, ...align(column.kind) }}>
                {columnLabel(language, column)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {report.rows.map((row, index) => (
            <tr key={index} data-testid="report-row">
              {report.columns.map((column) => (
                <td
                  key={column.key}
                  style={{ ...styles.cell, ...align(column.kind) }}
                  data-column={column.key}
                  data-value={row[column.key] === null ? '' : String(row[column.key])}
                >
                  {formatCell(language, column, row)}
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
