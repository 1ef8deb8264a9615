// The connection test's answer: each check with its outcome, what was found and, for a failure, what to do.
import type { ConnectionReport } from 'server/routes/contracts';
import { isMessageId, useT, type MessageId } from 'ui/shared/i18n';
import { styles, theme } from 'ui/shared/theme';

const OUTCOME_COLOUR = { pass: theme.green, fail: theme.red, skip: theme.gray } as const;
const OUTCOME_MARK = { pass: '✓', fail: '✗', skip: '–' } as const;

export function CheckList({ report }: { report: ConnectionReport }) {
  const { t } = useT();
  // The doctor's checks have fixed ids; a check this page does not know keeps the server's English title.
  const titleOf = (id: string, fallback: string) =>
    isMessageId(`check.${id}`) ? t(`check.${id}` as MessageId) : fallback;
  return (
    <div style={styles.section} data-testid="check-list" data-ok={String(report.ok)}>
      <h3 style={styles.sectionTitle}>{t('checks.title')}</h3>
      <div style={report.ok ? styles.success : styles.error}>{t(report.ok ? 'checks.passed' : 'checks.failed')}</div>
      {report.checks.map((check) => (
        <div
          key={check.id}
          data-testid={`check-${check.id}`}
          data-outcome={check.outcome}
          style={{
            display: 'flex',
            gap: theme.spacing2,
            borderLeft: `4px solid ${OUTCOME_COLOUR[check.outcome]}`,
            paddingLeft: theme.spacing2,
          }}
        >
          <span aria-label={t(`checks.outcome.${check.outcome}` as MessageId)} style={{ fontWeight: 600 }}>
            {OUTCOME_MARK[check.outcome]}
          </span>
          <div style={styles.field}>
            <strong>{titleOf(check.id, check.title)}</strong>
            <span style={styles.hint}>{check.detail}</span>
            {check.fix && check.outcome === 'fail' ? (
              <span data-testid="check-fix">{t('checks.fix', { fix: check.fix })}</span>
            ) : null}
          </div>
        </div>
      ))}
    </div>
  );
}
