// The loading and failed states every page shares: a failure says what happened and what to do next.
import { styles } from 'ui/shared/theme';
import { useT } from 'ui/shared/i18n';
import { TroubleshootingLink } from 'ui/shared/screen-help';

export function Loading() {
  const { t } = useT();
  return (
    <div style={styles.notice} data-testid="state-loading" role="status">
      {t('state.loading')}
    </div>
  );
}

export function Failed({
  message,
  action,
  code,
  onRetry,
}: {
  message: string;
  action: string;
  /** The error catalogue's code: links to its troubleshooting entry. */
  code?: string | undefined;
  onRetry?: () => void;
}) {
  const { t } = useT();
  return (
    <div style={{ ...styles.notice, ...styles.error }} data-testid="state-failed" role="alert">
      <div>{message}</div>
      <div>{t('state.nextStep', { action })}</div>
      {code ? <TroubleshootingLink code={code} /> : null}
      {onRetry ? (
        <button type="button" style={styles.button} onClick={onRetry}>
          {t('state.retry')}
        </button>
      ) : null}
    </div>
  );
}

/** A one-line outcome under a form: success in green, refusal in red with its next step. */
export function Outcome({
  outcome,
}: {
  outcome: { ok: true; text: string } | { ok: false; text: string; action: string } | null;
}) {
  const { t } = useT();
  if (outcome === null) return null;
  return (
    <div
      style={outcome.ok ? styles.success : styles.error}
      data-testid={outcome.ok ? 'outcome-ok' : 'outcome-failed'}
      role={outcome.ok ? 'status' : 'alert'}
    >
      <div>{outcome.text}</div>
      {outcome.ok ? null : <div>{t('state.nextStep', { action: outcome.action })}</div>}
    </div>
  );
}

export type OutcomeValue = Parameters<typeof Outcome>[0]['outcome'];

/** A page the member may not use: what it needs (naming the permission flag) and whom to ask. */
export function NotAllowed({ title, body, next }: { title: string; body: string; next: string }) {
  return (
    <div style={{ ...styles.notice, ...styles.error }} data-testid="not-allowed" role="alert">
      <strong>{title}</strong>
      <div>{body}</div>
      <div>{next}</div>
    </div>
  );
}
