// The webhook's signing secret and its test: "Generate signing secret" shows the new secret once (the only answer
// that ever carries it) with how to keep it; "Send test" sends one signed message to the saved address and says what
// came back as a sentence. The last real delivery's outcome is shown too, so a receiver that stopped answering is seen.
import { useState } from 'react';

import { ALERT_ROUTES } from 'plugin/constants/route-paths';
import type { AlertSettingsAnswer, AlertWebhookSecretAnswer, AlertWebhookTestAnswer } from 'server/routes/contracts';
import { buttonStyle, consoleStyles } from 'ui/console/console-styles';
import { useConsoleText, type ConsoleTranslator } from 'ui/console/console-text';
import { callRoute, type RouteResult } from 'ui/shared/call-route';
import { styles } from 'ui/shared/theme';

/** The test's outcome as a sentence in the member's language. */
function testSentence(t: ConsoleTranslator['t'], result: RouteResult<AlertWebhookTestAnswer>): string {
  if (!result.ok) return t('alerts.test.failed', { error: result.error });
  const outcome = result.data;
  if (outcome.ok) return t('alerts.test.ok', { status: outcome.status });
  return outcome.why === 'http'
    ? t('alerts.test.http', { status: outcome.status ?? 0 })
    : t(`alerts.test.${outcome.why}`);
}

export function AlertWebhook({ read }: { read: AlertSettingsAnswer }) {
  const { t, time } = useConsoleText();
  const [secret, setSecret] = useState<RouteResult<AlertWebhookSecretAnswer> | null>(null);
  const [test, setTest] = useState<RouteResult<AlertWebhookTestAnswer> | null>(null);
  const [busy, setBusy] = useState<'secret' | 'test' | null>(null);
  const run = async <T,>(which: 'secret' | 'test', call: () => Promise<T>, done: (answer: T) => void) => {
    setBusy(which);
    done(await call());
    setBusy(null);
  };
  const secretSet = read.webhook.secretSet || secret?.ok === true;
  const last = read.webhook.lastDelivery;
  const testPassed = test?.ok === true && test.data.ok;
  return (
    <div style={{ ...styles.field, gap: 8 }} data-testid="alerts-webhook">
      <p style={{ margin: 0 }} data-testid="alerts-secret-state" data-set={String(secretSet)}>
        {t(secretSet ? 'alerts.secret.set' : 'alerts.secret.unset')}
      </p>
      <div style={consoleStyles.toolbar}>
        <button
          type="button"
          data-testid="alerts-secret-generate"
          style={buttonStyle({ disabled: !read.canManage })}
          disabled={!read.canManage || busy !== null}
          onClick={() =>
            void run('secret', () => callRoute<AlertWebhookSecretAnswer>(ALERT_ROUTES.webhookSecret), setSecret)
          }
        >
          {t(secretSet ? 'alerts.secret.regenerate' : 'alerts.secret.generate')}
        </button>
        <button
          type="button"
          data-testid="alerts-test-send"
          style={buttonStyle({ disabled: !read.canManage })}
          disabled={!read.canManage || busy !== null}
          aria-describedby="alerts-test-hint"
          onClick={() => void run('test', () => callRoute<AlertWebhookTestAnswer>(ALERT_ROUTES.webhookTest), setTest)}
        >
          {t('alerts.test.send')}
        </button>
      </div>
      <span id="alerts-test-hint" style={consoleStyles.hint}>
        {t('alerts.test.hint')}
      </span>
      {secret?.ok ? (
        <div style={{ ...styles.field, ...styles.notice }} data-testid="alerts-secret-shown">
          <label htmlFor="alerts-secret" style={consoleStyles.label}>
            {t('alerts.secret.label')}
          </label>
          <input
            id="alerts-secret"
            data-testid="alerts-secret"
            style={{ ...styles.input, fontFamily: 'monospace' }}
            readOnly
            value={secret.data.secret}
            aria-describedby="alerts-secret-copy"
          />
          <span id="alerts-secret-copy" style={consoleStyles.hint}>
            {t('alerts.secret.copy')}
          </span>
        </div>
      ) : null}
      {secret && !secret.ok ? (
        <div style={{ ...styles.notice, ...styles.error }} role="alert">
          {t('alerts.secret.refused', { error: secret.error })}
        </div>
      ) : null}
      {test ? (
        <div
          style={{ ...styles.notice, ...(testPassed ? styles.success : styles.error) }}
          role={testPassed ? 'status' : 'alert'}
          data-testid="alerts-test-result"
          data-ok={String(testPassed)}
        >
          {testSentence(t, test)}
        </div>
      ) : null}
      {last ? (
        <p style={{ ...consoleStyles.hint, margin: 0 }} data-testid="alerts-last-delivery">
          {last.ok
            ? t('alerts.last.ok', { time: time(last.at) })
            : `${t('alerts.last.failed', { time: time(last.at), count: last.attempts })}${last.retrying ? ` ${t('alerts.last.retrying')}` : ''}`}
        </p>
      ) : null}
    </div>
  );
}
