// Live view (issue 16 item 4): per stream, the running run's status, stage, progress against the estimate, rate,
// estimated finish, and API calls against Twenty's budget; otherwise the last run and the next scheduled one. The data
// comes from the page's one live call (ui/console/use-live.ts).
import type { LiveAnswer, LiveRun, LiveStream } from 'server/routes/contracts';
import { consoleStyles } from 'ui/console/console-styles';
import { useConsoleText, type ConsoleTranslator } from 'ui/console/console-text';
import { styles, theme } from 'ui/shared/theme';

export function LiveSection({ live, onRefresh }: { live: LiveAnswer; onRefresh: () => void }) {
  const text = useConsoleText();
  const { t, time } = text;
  const active = live.streams.some((stream) => stream.run !== null);
  return (
    <section style={styles.section} data-testid="live-section" aria-labelledby="live-title">
      <div style={styles.row}>
        <h2 style={{ ...styles.sectionTitle, flex: 1 }} id="live-title">
          {t('live.title')}
        </h2>
        <span style={consoleStyles.hint} data-testid="live-as-of">
          {t(active ? 'live.refreshActive' : 'live.refreshIdle', { time: time(live.now) })}
        </span>
        <button type="button" style={styles.button} data-testid="live-refresh" onClick={onRefresh}>
          {t('live.refresh')}
        </button>
      </div>
      {live.maintenance.on ? (
        <div style={{ ...styles.notice, borderLeft: `4px solid ${theme.orange}` }} role="status">
          {t('live.maintenance', { count: live.maintenance.heldPushes })}
        </div>
      ) : null}
      <div
        style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(300px, 1fr))', gap: theme.spacing3 }}
      >
        {live.streams.map((stream) => (
          <StreamCard key={stream.stream} stream={stream} budget={live.budget.twentyCallsPerMinute} text={text} />
        ))}
      </div>
    </section>
  );
}

function StreamCard({ stream, budget, text }: { stream: LiveStream; budget: number; text: ConsoleTranslator }) {
  const { t, time } = text;
  const run = stream.run;
  return (
    <article
      style={{ ...consoleStyles.card, gap: 0 }}
      data-testid={`live-${stream.stream}`}
      data-status={run?.status ?? 'IDLE'}
      data-stage={run?.stage ?? 'idle'}
      aria-labelledby={`live-${stream.stream}-title`}
    >
      <h3 style={consoleStyles.subTitle} id={`live-${stream.stream}-title`}>
        {t(`stream.${stream.stream}`)}
      </h3>
      <dl
        style={{
          display: 'grid',
          gridTemplateColumns: 'auto 1fr',
          gap: `${theme.spacing1} ${theme.spacing3}`,
          margin: `${theme.spacing2} 0 0`,
        }}
      >
        {run ? <RunFacts run={run} budget={budget} text={text} /> : <Idle stream={stream} text={text} />}
        <dt style={consoleStyles.label}>{t('live.next')}</dt>
        <dd style={{ margin: 0 }} data-testid={`next-run-${stream.stream}`}>
          {!stream.enabled
            ? t('live.next.off')
            : stream.paused
              ? t('live.next.paused')
              : t('live.next.at', { time: time(stream.schedule.nextRunAt) })}
        </dd>
      </dl>
    </article>
  );
}

function Fact({ label, value, testId }: { label: string; value: string; testId?: string }) {
  return (
    <>
      <dt style={consoleStyles.label}>{label}</dt>
      <dd style={{ margin: 0 }} data-testid={testId}>
        {value}
      </dd>
    </>
  );
}

function RunFacts({ run, budget, text }: { run: LiveRun; budget: number; text: ConsoleTranslator }) {
  const { t, time, number } = text;
  const estimate = run.recordsEstimated;
  return (
    <>
      <Fact
        label={t('live.status')}
        value={`${t(`status.${run.status}`)}${run.dryRun ? ` · ${t('history.dryRun')}` : ''}`}
        testId="live-status"
      />
      <Fact label={t('live.stage')} value={t(`stage.${run.stage}`)} testId="live-stage" />
      <dt style={consoleStyles.label}>{t('live.progress')}</dt>
      <dd style={{ margin: 0 }}>
        <span data-testid="live-progress" data-done={run.recordsDone} data-estimated={estimate ?? ''}>
          {estimate === null
            ? t('live.progress.noEstimate', { count: run.recordsDone, done: number(run.recordsDone) })
            : t('live.progress.ofEstimate', {
                count: estimate,
                done: number(run.recordsDone),
                estimate: number(estimate),
              })}
        </span>
        {estimate ? (
          <progress
            value={Math.min(run.recordsDone, estimate)}
            max={estimate}
            aria-label={t('live.progress')}
            style={{ display: 'block', width: '100%' }}
          />
        ) : null}
      </dd>
      <Fact
        label={t('live.rate')}
        value={
          run.recordsPerMinute === null
            ? t('common.none')
            : t('live.rate.value', { rate: number(run.recordsPerMinute, 1) })
        }
      />
      <Fact label={t('live.finish')} value={time(run.estimatedFinishAt)} />
      <Fact
        label={t('live.calls')}
        value={t('live.calls.value', {
          twenty: number(run.apiCalls.twenty),
          metakocka: number(run.apiCalls.metakocka),
          perMinute: number(run.apiCalls.twentyPerMinute),
          budget: number(budget),
        })}
        testId="live-calls"
      />
      <Fact label={t('live.started')} value={time(run.startedAt)} />
    </>
  );
}

function Idle({ stream, text }: { stream: LiveStream; text: ConsoleTranslator }) {
  const { t, time, number } = text;
  const last = stream.lastRun;
  return (
    <>
      <Fact
        label={t('live.status')}
        value={t(stream.paused ? 'control.state.paused' : stream.enabled ? 'control.state.idle' : 'control.state.off')}
        testId="live-status"
      />
      <Fact
        label={t('live.last')}
        value={
          last
            ? t('live.last.value', {
                status: t(`status.${last.status}`),
                time: time(last.finishedAt ?? last.startedAt),
                count: last.counts.recordsDone,
                done: number(last.counts.recordsDone),
              })
            : t('live.last.never')
        }
        testId="live-last"
      />
    </>
  );
}
