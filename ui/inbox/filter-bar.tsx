// The inbox's filters: one choice per field (or any), search over message, record name and Metakocka id, and the
// last-seen dates as days in Europe/Ljubljana. Each change asks the route again; nothing is filtered in the page.
import { useState } from 'react';

import type { InboxFilter, InboxSort } from 'server/routes/contracts';
import type { InboxMessageId } from 'ui/inbox/messages';
import { useInboxText } from 'ui/inbox/use-inbox-text';
import { styles, theme } from 'ui/shared/theme';

const CHOICES = {
  status: ['OPEN', 'IGNORED', 'RESOLVED'],
  kind: ['ERROR', 'CONFLICT'],
  stream: ['PARTNERS', 'PRODUCTS', 'DOCUMENTS'],
  severity: ['CRITICAL', 'ERROR', 'WARNING', 'INFO'],
  recordObject: ['company', 'person', 'metakockaProduct', 'metakockaSalesDocument', 'run'],
} as const;
type ChoiceField = keyof typeof CHOICES;

const LABELS: Record<ChoiceField, { label: InboxMessageId; prefix: string }> = {
  status: { label: 'filter.status', prefix: 'status' },
  kind: { label: 'filter.kind', prefix: 'kind' },
  stream: { label: 'filter.stream', prefix: 'stream' },
  severity: { label: 'filter.severity', prefix: 'severity' },
  recordObject: { label: 'filter.object', prefix: 'object' },
};

const SORTS = ['lastSeenAt', 'firstSeenAt', 'attempts', 'recordName', 'errorCode'] as const;

/** Midnight of a calendar day in Europe/Ljubljana, as an instant. */
export function ljubljanaMidnight(day: string): string {
  const noonUtc = new Date(`${day}T12:00:00Z`);
  const offset = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Ljubljana', timeZoneName: 'longOffset' })
    .formatToParts(noonUtc)
    .find((part) => part.type === 'timeZoneName')!
    .value.replace('GMT', '');
  return new Date(`${day}T00:00:00${offset || '+00:00'}`).toISOString();
}

const dayOf = (iso: string | undefined) =>
  iso ? new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Ljubljana' }).format(new Date(iso)) : '';

export function FilterBar({
  filter,
  sort,
  onFilter,
  onSort,
}: {
  filter: InboxFilter;
  sort: InboxSort;
  onFilter: (filter: InboxFilter) => void;
  onSort: (sort: InboxSort) => void;
}) {
  const { t } = useInboxText();
  const [search, setSearch] = useState(filter.search ?? '');
  const choose = (field: ChoiceField, value: string) => {
    const next: Record<string, unknown> = { ...filter };
    if (value === '') delete next[field];
    else next[field] = [value];
    onFilter(next as InboxFilter);
  };
  // Forms are avoided: a submit's preventDefault does not cross Twenty's remote DOM (UI-SURFACES.md §4.3).
  const runSearch = () => onFilter(search.trim() ? { ...filter, search: search.trim() } : withoutSearch(filter));
  const setDay = (field: 'seenFrom' | 'seenTo', day: string) => {
    const next: InboxFilter = { ...filter };
    if (day === '') delete next[field];
    else next[field] = ljubljanaMidnight(day);
    onFilter(next);
  };
  return (
    <section style={styles.section} aria-label={t('filter.title')} data-testid="inbox-filters">
      <div style={{ ...styles.row, alignItems: 'flex-end' }}>
        {(Object.keys(CHOICES) as ChoiceField[]).map((field) => (
          <label key={field} style={styles.field}>
            <span style={styles.label}>{t(LABELS[field].label)}</span>
            <select
              style={styles.input}
              value={filter[field]?.[0] ?? ''}
              data-testid={`filter-${field}`}
              onChange={(event) => choose(field, event.target.value)}
            >
              <option value="">{t('filter.any')}</option>
              {CHOICES[field].map((value) => (
                <option key={value} value={value}>
                  {t(`${LABELS[field].prefix}.${value}` as InboxMessageId)}
                </option>
              ))}
            </select>
          </label>
        ))}
        {(['seenFrom', 'seenTo'] as const).map((field) => (
          <label key={field} style={styles.field}>
            <span style={styles.label}>{t(field === 'seenFrom' ? 'filter.from' : 'filter.to')}</span>
            <input
              type="date"
              style={styles.input}
              value={dayOf(filter[field])}
              data-testid={field === 'seenFrom' ? 'filter-from' : 'filter-to'}
              onChange={(event) => setDay(field, event.target.value)}
            />
          </label>
        ))}
      </div>
      <div role="search" style={styles.row}>
        <label style={{ ...styles.field, flex: 1 }}>
          <span style={styles.label}>{t('filter.search')}</span>
          <input
            type="search"
            style={styles.input}
            value={search}
            placeholder={t('filter.search.hint')}
            data-testid="filter-search"
            onChange={(event) => setSearch(event.target.value)}
            onKeyDown={(event) => (event.key === 'Enter' ? runSearch() : undefined)}
          />
        </label>
        <button
          type="button"
          style={{ ...styles.button, alignSelf: 'flex-end' }}
          data-testid="filter-search-submit"
          onClick={runSearch}
        >
          {t('filter.search.submit')}
        </button>
        <label style={styles.field}>
          <span style={styles.label}>{t('sort.label')}</span>
          <select
            style={styles.input}
            value={`${sort.by}:${sort.direction}`}
            data-testid="sort"
            onChange={(event) => {
              const [by, direction] = event.target.value.split(':') as [InboxSort['by'], InboxSort['direction']];
              onSort({ by, direction });
            }}
          >
            {SORTS.flatMap((by) =>
              (['desc', 'asc'] as const).map((direction) => (
                <option key={`${by}:${direction}`} value={`${by}:${direction}`}>
                  {`${t(`sort.${by}`)} (${t(`sort.${direction}`)})`}
                </option>
              )),
            )}
          </select>
        </label>
        <button
          type="button"
          style={{ ...styles.button, alignSelf: 'flex-end', color: theme.fontSecondary }}
          data-testid="filter-clear"
          onClick={() => {
            setSearch('');
            onFilter({});
          }}
        >
          {t('filter.clear')}
        </button>
      </div>
    </section>
  );
}

function withoutSearch(filter: InboxFilter): InboxFilter {
  const { search: _search, ...rest } = filter;
  return rest;
}
