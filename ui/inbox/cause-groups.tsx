// Issues grouped by cause (error code and field) with their counts, largest first; choosing one filters the list to it
// (OPERATIONS-ANCHORS §4 item 2: "fix once, retry the group").
import type { InboxGroupsAnswer } from 'server/routes/contracts';
import { useInboxText } from 'ui/inbox/use-inbox-text';
import { styles, theme } from 'ui/shared/theme';

export function CauseGroups({
  groups,
  selected,
  onSelect,
}: {
  groups: InboxGroupsAnswer | null;
  selected: string | undefined;
  onSelect: (causeKey: string | undefined) => void;
}) {
  const { t, code } = useInboxText();
  if (!groups) return null;
  const label = (causeKey: string) => {
    const [errorCode = '', field] = causeKey.split(':');
    const cause = code(errorCode)?.cause ?? errorCode;
    return field ? `${cause} · ${field}` : cause;
  };
  return (
    <nav style={styles.section} aria-label={t('groups.title')} data-testid="inbox-groups">
      <h2 style={styles.sectionTitle}>{t('groups.title')}</h2>
      <ul style={{ listStyle: 'none', margin: 0, padding: 0, display: 'flex', flexWrap: 'wrap', gap: theme.spacing2 }}>
        <li>
          <button
            type="button"
            style={{ ...styles.button, ...(selected ? {} : styles.primary) }}
            aria-pressed={selected ? 'false' : 'true'}
            onClick={() => onSelect(undefined)}
          >
            {t('groups.all')}
          </button>
        </li>
        {groups.groups.map((group) => (
          <li key={group.causeKey}>
            <button
              type="button"
              style={{ ...styles.button, ...(selected === group.causeKey ? styles.primary : {}) }}
              aria-pressed={selected === group.causeKey ? 'true' : 'false'}
              data-testid="cause-group"
              data-cause={group.causeKey}
              data-count={group.count}
              onClick={() => onSelect(group.causeKey)}
            >
              {`${label(group.causeKey)} — ${t('groups.count', { count: group.count })}`}
            </button>
          </li>
        ))}
      </ul>
      {groups.more ? <p style={styles.hint}>{t('groups.more')}</p> : null}
    </nav>
  );
}
