// The sync console (issue 16), the widget of the app's own page: Configuration with its impact preview, Run control,
// the Live view, History and Alerts (issue 18). The settings read needs "Manage Metakocka", so its refusal is the
// page's "not allowed" state; the alert settings are readable by every member, so they show read-only below it. The
// live view's one call feeds run control, the live cards and the history's reloads.
import { useCallback, useEffect, useState } from 'react';

import { SYNC_ROUTES } from 'plugin/constants/route-paths';
import type { LiveAnswer, SettingsReadAnswer } from 'server/routes/contracts';
import { AlertsSection } from 'ui/console/alerts-section';
import { ConfigurationSection } from 'ui/console/configuration-section';
import { consoleStyles } from 'ui/console/console-styles';
import { useConsoleText } from 'ui/console/console-text';
import { HistorySection } from 'ui/console/history-section';
import { LiveSection } from 'ui/console/live-section';
import { RunControlSection } from 'ui/console/run-control-section';
import { useLive } from 'ui/console/use-live';
import { OnboardingChecklist } from 'ui/onboarding/onboarding-checklist';
import { readRoute, type RouteResult } from 'ui/shared/call-route';
import { Failed, Loading, NotAllowed } from 'ui/shared/states';
import { styles } from 'ui/shared/theme';
import { ScreenHelp } from 'ui/shared/screen-help';

const refused = (result: RouteResult<unknown> | null) =>
  result !== null && !result.ok && (result.status === 401 || result.status === 403);

/** Changes when a run starts or finishes: the history reloads then. */
const historyKey = (live: LiveAnswer | null) =>
  live?.streams.map((stream) => `${stream.run?.recordId ?? ''}/${stream.lastRun?.recordId ?? ''}`).join('|') ?? '';

/** Records the runs going now have done, for the checklist's first-sync step; null when none runs. */
const recordsDoneNow = (live: LiveAnswer | null): number | null => {
  const running = live?.streams.flatMap((stream) => (stream.run ? [stream.run.recordsDone] : [])) ?? [];
  return running.length === 0 ? null : running.reduce((sum, done) => sum + done, 0);
};

export function ConsolePage() {
  const { t } = useConsoleText();
  const [read, setRead] = useState<RouteResult<SettingsReadAnswer> | null>(null);
  const [reads, setReads] = useState(0);
  const [previewActive, setPreviewActive] = useState(false);
  const live = useLive(previewActive);
  const reloadSettings = useCallback(() => setReads((count) => count + 1), []);
  useEffect(() => {
    let mounted = true;
    void readRoute<SettingsReadAnswer>(SYNC_ROUTES.settingsRead).then((answer) => mounted && setRead(answer));
    return () => {
      mounted = false;
    };
  }, [reads]);
  const liveData = live.result?.ok ? live.result.data : null;

  return (
    <main style={consoleStyles.page} data-testid="console-page">
      <header>
        <h1 style={styles.title}>{t('page.title')}</h1>
        <p style={{ ...consoleStyles.hint, margin: '4px 0 0' }}>{t('page.subtitle')}</p>
        <ScreenHelp topic="console" />
      </header>
      {read === null ? <Loading /> : null}
      {refused(read) || refused(live.result) ? (
        <>
          <NotAllowed
            title={t('page.notAllowed.title')}
            body={t('page.notAllowed.body')}
            next={t('page.notAllowed.next')}
          />
          <AlertsSection />
        </>
      ) : (
        <>
          {read && !read.ok ? (
            <Failed message={read.error} action={read.action} code={read.code} onRetry={reloadSettings} />
          ) : null}
          {live.result && !live.result.ok ? (
            <Failed
              message={live.result.error}
              action={live.result.action}
              code={live.result.code}
              onRetry={live.refresh}
            />
          ) : null}
          {read?.ok ? (
            <OnboardingChecklist
              place="console"
              refreshKey={`${reads}:${historyKey(liveData)}`}
              recordsDone={recordsDoneNow(liveData)}
            />
          ) : null}
          {read?.ok ? (
            <ConfigurationSection
              read={read.data}
              live={liveData}
              onPreviewActive={setPreviewActive}
              onSaved={() => {
                reloadSettings();
                live.refresh();
              }}
            />
          ) : null}
          {read?.ok && liveData ? (
            <>
              <RunControlSection live={liveData} onChanged={live.refresh} />
              <LiveSection live={liveData} onRefresh={live.refresh} />
              <HistorySection refreshKey={historyKey(liveData)} />
              <AlertsSection />
            </>
          ) : null}
        </>
      )}
    </main>
  );
}
