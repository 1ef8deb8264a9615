// A scheduled report that keeps failing (issue 19 item 4): under the saved report, how many deliveries in a row failed,
// when the last one did and why (the server's words in the reader's language, with its next step and troubleshooting
// entry), and whether the alert recipients were told. A delivery that works ends the streak and this goes away.
import type { SavedReportView } from 'server/routes/contracts';
import { useReportText } from 'ui/reports/use-report-text';
import { useT } from 'ui/shared/i18n';
import { TroubleshootingLink } from 'ui/shared/screen-help';
import { styles } from 'ui/shared/theme';

export function DeliveryFailure({ saved }: { saved: SavedReportView }) {
  const { t, time } = useReportText();
  const shared = useT();
  const failure = saved.deliveryFailure;
  if (!failure) return null;
  return (
    <div
      style={{ ...styles.notice, ...styles.error }}
      data-testid="delivery-failure"
      data-failures={String(failure.failures)}
      data-code={failure.code}
    >
      <div>{t('schedule.failing', { count: failure.failures, time: time(failure.lastAt) })}</div>
      <div data-testid="delivery-failure-message">{failure.message}</div>
      <div>{shared.t('state.nextStep', { action: failure.action })}</div>
      <div style={styles.hint}>
        {`${t('schedule.failing.retry')}${failure.alerted ? ` ${t('schedule.failing.alerted')}` : ''}`}
      </div>
      <TroubleshootingLink code={failure.code} />
    </div>
  );
}
