// Follows a report that runs in the background (longer than one function run, D95): records read of the estimate and
// the percent while it runs, then hands its result to the page, which shows it as any other report. It asks every
// few seconds: each ask is one kv read and one permission check on Twenty, and a long report runs for minutes.
import { useCallback, useEffect } from 'react';

import type { ReportResult } from 'server/reports/report';
import type { ReportJobView, RunReportAnswer } from 'server/routes/contracts';
import { followReport, type ParameterValues } from 'ui/reports/report-client';
import { useReportText } from 'ui/reports/use-report-text';
import { usePoll } from 'ui/shared/use-poll';
import { Failed } from 'ui/shared/states';
import { styles } from 'ui/shared/theme';

export const REPORT_POLL_MS = 5000;

const ended = (answer: RunReportAnswer) => answer.mode === 'inline' || answer.job.state !== 'running';

export function ReportJob(props: {
  template: string;
  parameters: ParameterValues;
  started: ReportJobView;
  joined: boolean;
  onDone: (report: ReportResult) => void;
}) {
  const { t, language } = useReportText();
  const { template, parameters, started, onDone } = props;
  const read = useCallback(
    () => followReport(template, parameters, started.jobId),
    [template, parameters, started.jobId],
  );
  const answer = usePoll(read, ended, REPORT_POLL_MS);
  const job = answer?.ok && answer.data.mode === 'job' ? answer.data.job : started;
  useEffect(() => {
    if (job.state === 'done' && job.report) onDone(job.report);
  }, [job, onDone]);
  const number = (value: number) => new Intl.NumberFormat(language === 'sl' ? 'sl-SI' : 'en-GB').format(value);
  return (
    <section
      style={styles.section}
      aria-labelledby="report-job-title"
      data-testid="report-job"
      data-state={job.state}
      data-read={job.recordsRead}
      data-percent={job.percent}
      aria-live="polite"
    >
      <h2 style={styles.sectionTitle} id="report-job-title">
        {t('job.title')}
      </h2>
      <p style={{ margin: 0 }}>
        {t('job.why', { count: job.recordsEstimated, records: number(job.recordsEstimated) })}
      </p>
      {props.joined ? <p style={styles.hint}>{t('job.joined')}</p> : null}
      {job.state === 'running' ? (
        <>
          <progress value={job.recordsRead} max={Math.max(job.recordsEstimated, 1)} aria-label={t('job.label')} />
          <div data-testid="report-job-progress">
            {t('job.progress', {
              count: job.recordsRead,
              read: number(job.recordsRead),
              total: number(job.recordsEstimated),
              percent: job.percent,
            })}
          </div>
        </>
      ) : null}
      {job.failure ? (
        <Failed message={job.failure.message} action={job.failure.action} code={job.failure.code} />
      ) : null}
      {answer && !answer.ok ? <Failed message={answer.error} action={answer.action} /> : null}
    </section>
  );
}
