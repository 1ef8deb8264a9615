// What an impact preview found, per stream, as a readable table: each outcome's count and up to five examples, the
// run's progress while it is still going, and what a real run with these settings would cost in calls and time.
import { PREVIEW_OUTCOMES } from 'plugin/constants/sync-settings';
import type { PreviewAnswer, PreviewExample, PreviewStreamReport } from 'server/routes/contracts';
import { consoleStyles } from 'ui/console/console-styles';
import { useConsoleText, type ConsoleTranslator } from 'ui/console/console-text';
import { styles, theme } from 'ui/shared/theme';

const exampleName = (example: PreviewExample, none: string) =>
  example.name ?? example.metakockaId ?? example.recordId ?? none;

export function PreviewReport({ preview }: { preview: PreviewAnswer }) {
  const text = useConsoleText();
  const { t, time } = text;
  return (
    <div style={{ display: 'flex', flexDirection: 'column', gap: theme.spacing3 }} data-testid="preview-report">
      <p style={{ margin: 0 }} role="status" data-testid="preview-state">
        {t(`preview.status.${preview.status}`, { time: time(preview.finishedAt ?? preview.startedAt) })}
      </p>
      {preview.stale ? (
        <div style={{ ...styles.notice, ...styles.error }} role="alert">
          {t('preview.stale')}
        </div>
      ) : null}
      {preview.streams.length === 0 && preview.status === 'done' ? (
        <p data-testid="preview-nothing">{t('preview.noStream')}</p>
      ) : null}
      {preview.streams.map((report) => (
        <StreamReport key={report.stream} report={report} text={text} />
      ))}
    </div>
  );
}

function StreamReport({ report, text }: { report: PreviewStreamReport; text: ConsoleTranslator }) {
  const { t, number, duration } = text;
  const none = t('common.none');
  return (
    <div data-testid={`preview-${report.stream}`} data-status={report.status}>
      <table style={styles.table}>
        <caption style={{ ...consoleStyles.subTitle, textAlign: 'left' }}>
          {t('preview.streamCaption', {
            stream: t(`stream.${report.stream}`),
            status: t(`preview.streamStatus.${report.status}`),
          })}
        </caption>
        <thead>
          <tr>
            <th style={styles.cell}>{t('preview.outcome')}</th>
            <th style={{ ...styles.cell, ...consoleStyles.number }}>{t('preview.count')}</th>
            <th style={styles.cell}>{t('preview.examples')}</th>
          </tr>
        </thead>
        <tbody>
          {PREVIEW_OUTCOMES.map((outcome) => (
            <tr key={outcome} data-testid={`preview-${report.stream}-${outcome}`} data-count={report.counts[outcome]}>
              <th role="rowheader" style={{ ...styles.cell, fontWeight: 'normal' }}>
                {t(`preview.outcome.${outcome}`)}
              </th>
              <td style={{ ...styles.cell, ...consoleStyles.number }}>{number(report.counts[outcome])}</td>
              <td style={styles.cell}>
                {report.examples[outcome].map((example) => exampleName(example, none)).join(', ') || none}
              </td>
            </tr>
          ))}
          {(['failed', 'skipped'] as const).map((outcome) => (
            <tr key={outcome} data-testid={`preview-${report.stream}-${outcome}`} data-count={report.counts[outcome]}>
              <th role="rowheader" style={{ ...styles.cell, fontWeight: 'normal' }}>
                {t(`counts.${outcome}`)}
              </th>
              <td style={{ ...styles.cell, ...consoleStyles.number }}>{number(report.counts[outcome])}</td>
              <td style={styles.cell}>{none}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {report.status === 'running' ? (
        <div>
          <span data-testid={`preview-progress-${report.stream}`}>
            {report.recordsEstimated === null
              ? t('live.progress.noEstimate', { count: report.recordsDone, done: number(report.recordsDone) })
              : t('live.progress.ofEstimate', {
                  count: report.recordsEstimated,
                  done: number(report.recordsDone),
                  estimate: number(report.recordsEstimated),
                })}
          </span>
          {report.recordsEstimated ? (
            <progress
              value={Math.min(report.recordsDone, report.recordsEstimated)}
              max={report.recordsEstimated}
              aria-label={t('live.progress')}
              style={{ display: 'block', width: '100%' }}
            />
          ) : null}
        </div>
      ) : null}
      <p style={{ margin: `${theme.spacing2} 0 0` }} data-testid={`preview-cost-${report.stream}`}>
        {t('preview.cost', {
          metakocka: number(report.estimate.metakockaCalls),
          twenty: number(report.estimate.twentyCalls),
          time: duration(report.estimate.seconds * 1000),
        })}
      </p>
      <p style={{ ...consoleStyles.hint, margin: 0 }}>
        {t('preview.ownCalls', {
          metakocka: number(Object.values(report.apiCalls.metakocka).reduce((sum, calls) => sum + calls, 0)),
          twenty: number(report.apiCalls.twenty),
        })}
      </p>
      {report.readThenFiltered > 0 ? (
        <p style={{ ...consoleStyles.hint, margin: 0 }}>
          {t('preview.readThenFiltered', {
            count: report.readThenFiltered,
            documents: number(report.readThenFiltered),
          })}
        </p>
      ) : null}
      {report.errorSummary ? (
        <p style={{ ...styles.error, margin: 0 }} role="alert">
          {report.errorSummary}
        </p>
      ) : null}
    </div>
  );
}
