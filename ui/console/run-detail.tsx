// A run's detail (issue 16 item 5): its counts, calls by method, duration, the settings it ran with, the issues whose
// first or last run it is, and a dry run's plan as a table.
import { CONSOLE_ROUTES } from 'plugin/constants/route-paths';
import type { RunDetail, RunDetailAnswer, RunIssue } from 'server/routes/contracts';
import { consoleStyles } from 'ui/console/console-styles';
import { useConsoleText, type ConsoleTranslator } from 'ui/console/console-text';
import { DataTable } from 'ui/console/data-table';
import { SettingsTable } from 'ui/console/settings-table';
import { useRouteCall } from 'ui/console/use-route-call';
import { Failed, Loading } from 'ui/shared/states';
import { styles } from 'ui/shared/theme';

const COUNTS = ['created', 'updated', 'unchanged', 'deleted', 'failed', 'skipped'] as const;

export function RunDetailView({ recordId }: { recordId: string }) {
  const text = useConsoleText();
  const { t, time, duration } = text;
  const detail = useRouteCall<RunDetailAnswer>(CONSOLE_ROUTES.runDetail, { recordId });
  if (detail === null) return <Loading />;
  if (!detail.ok) return <Failed message={detail.error} action={detail.action} code={detail.code} />;
  const { run, issues } = detail.data;
  return (
    <article
      style={consoleStyles.card}
      data-testid="run-detail"
      data-run={run.recordId}
      aria-labelledby="run-detail-title"
    >
      <h3 style={consoleStyles.subTitle} id="run-detail-title">
        {t('detail.title', { stream: t(`stream.${run.stream}`), time: time(run.startedAt) })}
      </h3>
      <p style={{ margin: 0 }}>
        {t('detail.summary', {
          status: t(`status.${run.status}`),
          trigger: t(`trigger.${run.trigger}`),
          finished: time(run.finishedAt),
          duration: duration(run.durationMs),
        })}
        {run.dryRun ? ` ${t('detail.dryRun')}` : ''}
        {run.stopCode ? ` ${t('detail.stopCode', { code: run.stopCode })}` : ''}
      </p>
      <Counts run={run} text={text} />
      <Calls run={run} text={text} />
      {run.settings ? (
        <SettingsTable settings={run.settings} caption={t('detail.settings')} testId="detail-settings" />
      ) : (
        <p style={consoleStyles.hint}>{t('detail.settings.unknown')}</p>
      )}
      <Issues issues={issues} run={run} text={text} />
      {run.plan ? (
        run.plan.length > 0 ? (
          <DataTable
            rows={run.plan}
            caption={t('detail.plan', { count: run.plan.length })}
            none={t('common.none')}
            testId="detail-plan"
          />
        ) : (
          <p>{t('detail.plan.empty')}</p>
        )
      ) : null}
    </article>
  );
}

function Counts({ run, text: { t, number } }: { run: RunDetail; text: ConsoleTranslator }) {
  return (
    <table style={styles.table} data-testid="detail-counts">
      <caption style={{ ...consoleStyles.subTitle, textAlign: 'left' }}>{t('detail.counts')}</caption>
      <thead>
        <tr>
          {COUNTS.map((count) => (
            <th key={count} style={{ ...styles.cell, ...consoleStyles.number }}>
              {t(`counts.${count}`)}
            </th>
          ))}
          <th style={{ ...styles.cell, ...consoleStyles.number }}>{t('counts.done')}</th>
        </tr>
      </thead>
      <tbody>
        <tr>
          {COUNTS.map((count) => (
            <td
              key={count}
              style={{ ...styles.cell, ...consoleStyles.number }}
              data-testid={`detail-count-${count}`}
              data-value={run.counts[count]}
            >
              {number(run.counts[count])}
            </td>
          ))}
          <td style={{ ...styles.cell, ...consoleStyles.number }}>
            {run.counts.recordsEstimated === null
              ? number(run.counts.recordsDone)
              : t('counts.doneOf', {
                  done: number(run.counts.recordsDone),
                  estimate: number(run.counts.recordsEstimated),
                })}
          </td>
        </tr>
      </tbody>
    </table>
  );
}

function Calls({ run, text: { t, number } }: { run: RunDetail; text: ConsoleTranslator }) {
  const methods = Object.entries(run.callsByMethod).sort(([a], [b]) => a.localeCompare(b));
  return (
    <table style={styles.table} data-testid="detail-calls">
      <caption style={{ ...consoleStyles.subTitle, textAlign: 'left' }}>
        {t('detail.calls', { metakocka: number(run.apiCalls.metakocka), twenty: number(run.apiCalls.twenty) })}
      </caption>
      <thead>
        <tr>
          <th style={styles.cell}>{t('detail.method')}</th>
          <th style={{ ...styles.cell, ...consoleStyles.number }}>{t('detail.callCount')}</th>
        </tr>
      </thead>
      <tbody>
        {methods.map(([method, count]) => (
          <tr key={method}>
            <td style={styles.cell}>
              <code>{method}</code>
            </td>
            <td style={{ ...styles.cell, ...consoleStyles.number }}>{number(count)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function Issues({ issues, run, text: { t, time } }: { issues: RunIssue[]; run: RunDetail; text: ConsoleTranslator }) {
  if (issues.length === 0) return <p data-testid="detail-no-issues">{t('detail.issues.none')}</p>;
  const role = (issue: RunIssue) =>
    issue.firstRunId === run.recordId && issue.lastRunId === run.recordId
      ? t('detail.issue.firstAndLast')
      : issue.firstRunId === run.recordId
        ? t('detail.issue.first')
        : t('detail.issue.last');
  return (
    <div style={consoleStyles.scroll}>
      <table style={styles.table} data-testid="detail-issues">
        <caption style={{ ...consoleStyles.subTitle, textAlign: 'left' }}>
          {t('detail.issues', { count: issues.length })}
        </caption>
        <thead>
          <tr>
            <th style={styles.cell}>{t('detail.issue.kind')}</th>
            <th style={styles.cell}>{t('detail.issue.code')}</th>
            <th style={styles.cell}>{t('detail.issue.message')}</th>
            <th style={styles.cell}>{t('detail.issue.record')}</th>
            <th style={styles.cell}>{t('detail.issue.status')}</th>
            <th style={styles.cell}>{t('detail.issue.seen')}</th>
            <th style={styles.cell}>{t('detail.issue.thisRun')}</th>
          </tr>
        </thead>
        <tbody>
          {issues.map((issue) => (
            <tr key={issue.id} data-testid="detail-issue" data-issue={issue.id}>
              <td style={styles.cell}>{t(`issueKind.${issue.kind}`)}</td>
              <td style={styles.cell}>
                <code>{issue.errorCode ?? issue.conflictField ?? t('common.none')}</code>
              </td>
              <td style={styles.cell} data-testid="detail-issue-message">
                {issue.message}
              </td>
              <td style={styles.cell}>
                {[issue.recordObject, issue.metakockaId].filter(Boolean).join(' · ') || t('common.none')}
              </td>
              <td style={styles.cell}>{t(`issueStatus.${issue.status}`)}</td>
              <td style={styles.cell}>
                {t('detail.issue.seenRange', { first: time(issue.firstSeenAt), last: time(issue.lastSeenAt) })}
              </td>
              <td style={styles.cell}>{role(issue)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
