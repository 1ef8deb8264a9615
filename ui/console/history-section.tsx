// History (issue 16 item 5): runs by stream, status and date (Ljubljana days), newest first, a page at a time; "Details"
// opens a run's detail below the list. The list reloads when the live view sees a run start or finish (refreshKey).
import { useEffect, useState } from 'react';

import { CONSOLE_ROUTES } from 'plugin/constants/route-paths';
import { SYNC_RUN_STATUS } from 'plugin/constants/select-options';
import type { RunListAnswer, RunSummary } from 'server/routes/contracts';
import { STREAMS_SHOWN } from 'ui/console/choices';
import { buttonStyle, consoleStyles } from 'ui/console/console-styles';
import { useConsoleText } from 'ui/console/console-text';
import { NO_FILTERS, requestOf, type Filters } from 'ui/console/history-request';
import { RunDetailView } from 'ui/console/run-detail';
import { callRoute, type RouteResult } from 'ui/shared/call-route';
import { readValue } from 'ui/shared/read-value';
import { Failed, Loading } from 'ui/shared/states';
import { styles } from 'ui/shared/theme';

export function HistorySection({ refreshKey }: { refreshKey: string }) {
  const { t, time, duration, number } = useConsoleText();
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [runs, setRuns] = useState<RunSummary[]>([]);
  const [answer, setAnswer] = useState<RouteResult<RunListAnswer> | null>(null);
  const [openRun, setOpenRun] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void callRoute<RunListAnswer>(CONSOLE_ROUTES.runs, requestOf(filters)).then((result) => {
      if (!live) return;
      setAnswer(result);
      setRuns(result.ok ? result.data.runs : []);
    });
    return () => {
      live = false;
    };
  }, [filters, refreshKey]);

  async function more() {
    if (!answer?.ok || !answer.data.nextCursor) return;
    const next = await callRoute<RunListAnswer>(CONSOLE_ROUTES.runs, requestOf(filters, answer.data.nextCursor));
    setAnswer(next);
    if (next.ok) setRuns((shown) => [...shown, ...next.data.runs]);
  }

  const set = (key: keyof Filters) => (event: Parameters<typeof readValue>[0]) =>
    setFilters((current) => ({ ...current, [key]: readValue(event) }));

  return (
    <section style={styles.section} data-testid="history-section" aria-labelledby="history-title">
      <h2 style={styles.sectionTitle} id="history-title">
        {t('history.title')}
      </h2>
      <div style={consoleStyles.toolbar} role="search" aria-label={t('history.filters')}>
        <label style={styles.field} htmlFor="history-stream">
          <span style={consoleStyles.label}>{t('history.stream')}</span>
          <select
            id="history-stream"
            data-testid="history-stream"
            style={styles.input}
            value={filters.stream}
            onChange={set('stream')}
          >
            <option value="">{t('history.any')}</option>
            {STREAMS_SHOWN.map((stream) => (
              <option key={stream} value={stream}>
                {t(`stream.${stream}`)}
              </option>
            ))}
          </select>
        </label>
        <label style={styles.field} htmlFor="history-status">
          <span style={consoleStyles.label}>{t('history.status')}</span>
          <select
            id="history-status"
            data-testid="history-status"
            style={styles.input}
            value={filters.status}
            onChange={set('status')}
          >
            <option value="">{t('history.any')}</option>
            {Object.values(SYNC_RUN_STATUS).map((status) => (
              <option key={status} value={status}>
                {t(`status.${status}`)}
              </option>
            ))}
          </select>
        </label>
        {(['from', 'to'] as const).map((end) => (
          <label key={end} style={styles.field} htmlFor={`history-${end}`}>
            <span style={consoleStyles.label}>{t(`history.${end}`)}</span>
            <input
              id={`history-${end}`}
              data-testid={`history-${end}`}
              type="date"
              style={styles.input}
              value={filters[end]}
              onChange={set(end)}
            />
          </label>
        ))}
      </div>
      {answer === null ? <Loading /> : null}
      {answer && !answer.ok ? <Failed message={answer.error} action={answer.action} code={answer.code} /> : null}
      {answer?.ok && runs.length === 0 ? <p data-testid="history-empty">{t('history.empty')}</p> : null}
      {runs.length > 0 ? (
        <div style={consoleStyles.scroll}>
          <table style={styles.table} data-testid="history-table">
            <caption style={{ ...consoleStyles.hint, textAlign: 'left' }}>
              {answer?.ok
                ? t('history.count', {
                    count: answer.data.totalCount,
                    shown: number(runs.length),
                    total: number(answer.data.totalCount),
                  })
                : null}
            </caption>
            <thead>
              <tr>
                <th style={styles.cell}>{t('history.started')}</th>
                <th style={styles.cell}>{t('history.stream')}</th>
                <th style={styles.cell}>{t('history.status')}</th>
                <th style={styles.cell}>{t('history.duration')}</th>
                <th style={{ ...styles.cell, ...consoleStyles.number }}>{t('counts.created')}</th>
                <th style={{ ...styles.cell, ...consoleStyles.number }}>{t('counts.updated')}</th>
                <th style={{ ...styles.cell, ...consoleStyles.number }}>{t('counts.failed')}</th>
                <th style={styles.cell}>
                  <span style={consoleStyles.visuallyHidden}>{t('history.open')}</span>
                </th>
              </tr>
            </thead>
            <tbody>
              {runs.map((run) => (
                <tr
                  key={run.recordId}
                  data-testid="history-row"
                  data-run={run.recordId}
                  data-status={run.status}
                  data-stream={run.stream}
                >
                  <td style={styles.cell}>{time(run.startedAt)}</td>
                  <td style={styles.cell}>{t(`stream.${run.stream}`)}</td>
                  <td style={styles.cell}>
                    {t(`status.${run.status}`)}
                    {run.dryRun ? (
                      <span style={{ ...consoleStyles.badge, marginLeft: 4 }}>{t('history.dryRun')}</span>
                    ) : null}
                  </td>
                  <td style={styles.cell}>{duration(run.durationMs)}</td>
                  <td style={{ ...styles.cell, ...consoleStyles.number }}>{number(run.counts.created)}</td>
                  <td style={{ ...styles.cell, ...consoleStyles.number }}>{number(run.counts.updated)}</td>
                  <td style={{ ...styles.cell, ...consoleStyles.number }}>{number(run.counts.failed)}</td>
                  <td style={styles.cell}>
                    <button
                      type="button"
                      style={buttonStyle({})}
                      data-testid="history-open"
                      aria-label={t('history.open.label', {
                        action: openRun === run.recordId ? t('history.close') : t('history.open'),
                        stream: t(`stream.${run.stream}`),
                        time: time(run.startedAt),
                      })}
                      aria-expanded={openRun === run.recordId}
                      onClick={() => setOpenRun(openRun === run.recordId ? null : run.recordId)}
                    >
                      {openRun === run.recordId ? t('history.close') : t('history.open')}
                    </button>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {answer?.ok && answer.data.nextCursor ? (
        <button type="button" style={buttonStyle({})} data-testid="history-more" onClick={() => void more()}>
          {t('history.more')}
        </button>
      ) : null}
      {openRun ? <RunDetailView recordId={openRun} /> : null}
    </section>
  );
}
