// Per class, the issues opened this Ljubljana week against last week (issue 18 item 2): a glance at whether things get
// better, counted from the same `openedDay` field as the Trends page's chart.
import { useEffect, useState } from 'react';

import type { InboxWeeksAnswer } from 'server/routes/contracts';
import { readWeeks } from 'ui/inbox/inbox-client';
import { useInboxText } from 'ui/inbox/use-inbox-text';
import { styles, theme } from 'ui/shared/theme';

const cell = { padding: `${theme.spacing1} ${theme.spacing2}`, textAlign: 'right' as const };

export function WeekComparison({ generation }: { generation: number }) {
  const { t } = useInboxText();
  const [weeks, setWeeks] = useState<InboxWeeksAnswer | null>(null);
  useEffect(() => {
    let live = true;
    void readWeeks().then((answer) => live && setWeeks(answer.ok ? answer.data : null));
    return () => {
      live = false;
    };
  }, [generation]);
  if (!weeks) return null;
  return (
    <section style={styles.section} aria-label={t('weeks.title')} data-testid="inbox-weeks">
      <h2 style={styles.sectionTitle}>{t('weeks.title')}</h2>
      <table style={{ borderCollapse: 'collapse' }}>
        <thead>
          <tr>
            <th style={{ ...cell, textAlign: 'left' }}>{t('weeks.class')}</th>
            <th style={cell}>{t('weeks.thisWeek')}</th>
            <th style={cell}>{t('weeks.lastWeek')}</th>
          </tr>
        </thead>
        <tbody>
          {weeks.classes.map((row) => (
            <tr key={row.kind} data-testid="week-row" data-kind={row.kind}>
              <td style={{ ...cell, textAlign: 'left' }}>{t(`kind.${row.kind}`)}</td>
              <td style={cell} data-testid="this-week">
                {row.thisWeek}
              </td>
              <td style={cell} data-testid="last-week">
                {row.lastWeek}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p style={styles.hint}>{t('weeks.hint')}</p>
    </section>
  );
}
