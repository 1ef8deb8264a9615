// The status header of the settings page, from the same computation as the app's health check.
import { OBJECT_NAMES } from 'plugin/constants/names';
import { CREDENTIAL_ROUTES } from 'plugin/constants/route-paths';
import type { HealthAnswer } from 'server/routes/contracts';
import { useT } from 'ui/shared/i18n';
import { isMessageId, type MessageId } from 'ui/shared/translate';
import { Failed, Loading } from 'ui/shared/states';
import { styles, theme } from 'ui/shared/theme';
import { useRefresh } from 'ui/shared/use-refresh';
import { useRouteData } from 'ui/shared/use-route-data';
import { RUN_SYNC_COMMAND_LABEL } from 'plugin/constants/names';

const COLOUR: Record<HealthAnswer['state'], string> = {
  NOT_CONFIGURED: theme.orange,
  CREDENTIALS_REFUSED: theme.red,
  CRITICAL_ISSUES: theme.red,
  STREAM_FAILING: theme.red,
  SYNC_FAILED: theme.red,
  SYNC_ISSUES: theme.orange,
  NEVER_SYNCED: theme.blue,
  HEALTHY: theme.green,
};

export function StatusHeader({ refreshKey }: { refreshKey: number }) {
  const health = useRouteData<HealthAnswer>(CREDENTIAL_ROUTES.health);
  const { t, time } = useT();
  // The header follows saves on the page: a new refreshKey reloads it.
  useRefresh(refreshKey, health.reload);
  if (health.state === 'loading') return <Loading />;
  if (health.state === 'failed')
    return <Failed message={health.message} action={health.action} code={health.code} onRetry={health.reload} />;
  const { data } = health;
  // The last sync is the last finished run (the health computation never reports a running one as "last").
  const lastSyncAt = data.lastSync?.finishedAt ?? null;
  return (
    <div
      style={{ ...styles.notice, borderLeft: `4px solid ${COLOUR[data.state]}` }}
      data-testid="status-header"
      data-state={data.state}
      role="status"
    >
      <strong>{t(`health.${data.state}`, { time: time(lastSyncAt), ...thresholdFacts(data, t) })}</strong>
      {data.runningSince ? (
        <div data-testid="sync-running">{t('health.running', { time: time(data.runningSince) })}</div>
      ) : null}
      {data.missing.length > 0 ? (
        <div>{t('health.missing', { what: data.missing.map((value) => t(`health.missing.${value}`)).join(', ') })}</div>
      ) : null}
      {data.detail ? <div style={styles.hint}>{data.detail}</div> : null}
      {data.fix ? <div>{t('state.nextStep', { action: data.fix })}</div> : null}
      <NextStep data={data} />
      {data.changedOutsideAppAt ? (
        <div style={styles.hint}>{t('health.changedOutside', { time: time(data.changedOutsideAppAt) })}</div>
      ) : null}
      {data.dashboards ? (
        <div data-testid="dashboards-problem">
          {t('health.dashboards', {
            step: t(`health.dashboards.step.${data.dashboards.step}`),
            reason: data.dashboards.reason,
          })}{' '}
          {t('state.nextStep', { action: t('health.dashboards.next') })}
        </div>
      ) : null}
      {data.webhook ? (
        <div data-testid="webhook-problem">
          {data.webhook.detail} {t('state.nextStep', { action: data.webhook.fix })}
        </div>
      ) : null}
    </div>
  );
}

/** The counts the alert thresholds judged: open CRITICAL issues, or the failing streams and their runs in a row. */
function thresholdFacts(data: HealthAnswer, t: ReturnType<typeof useT>['t']): Record<string, string | number> {
  if (data.state === 'CRITICAL_ISSUES') return { count: data.alerts?.openCritical ?? 0 };
  if (data.state !== 'STREAM_FAILING') return {};
  const streams = (data.alerts?.failingStreams ?? []).map((stream) =>
    isMessageId(`health.stream.${stream}`) ? t(`health.stream.${stream}` as MessageId) : stream,
  );
  return { count: data.alerts?.failingRunsInARow ?? 0, streams: streams.join(', ') };
}

/** What to do when the page's own state needs a step the server does not name: the first sync, or a failed one. */
function NextStep({ data }: { data: HealthAnswer }) {
  const { t } = useT();
  if (data.state === 'CRITICAL_ISSUES' || data.state === 'STREAM_FAILING')
    return <div data-testid="next-step">{t('state.nextStep', { action: t(`health.${data.state}.next`) })}</div>;
  if (data.state === 'NEVER_SYNCED' && !data.runningSince)
    return (
      <div data-testid="next-step">
        {t('state.nextStep', { action: t('health.NEVER_SYNCED.next', { command: RUN_SYNC_COMMAND_LABEL }) })}
      </div>
    );
  if (data.state !== 'SYNC_FAILED') return null;
  return (
    <div data-testid="next-step" style={styles.field}>
      <span>{t('state.nextStep', { action: t('health.SYNC_FAILED.next', { command: RUN_SYNC_COMMAND_LABEL }) })}</span>
      {data.lastSync?.id ? (
        <a
          data-testid="failed-run-link"
          href={`/object/${OBJECT_NAMES.syncRun.singular}/${data.lastSync.id}`}
          style={{ color: theme.fontPrimary, textDecoration: 'underline' }}
        >
          {t('health.openRun')}
        </a>
      ) : null}
    </div>
  );
}
