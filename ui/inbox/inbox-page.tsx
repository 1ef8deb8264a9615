// The issue inbox (issue 17): filters, causes with counts, one page of issues at a time from the route (Twenty pages
// and filters; nothing is loaded whole), bulk actions with confirmation and their counts, and the conflict view.
// Any member who may read sync issues sees it; the actions answer "Manage Metakocka" for those who lack it.
import { useCallback, useEffect, useState } from 'react';

import type { ActionTally, InboxFilter, InboxGroupsAnswer, InboxPageAnswer, InboxSort } from 'server/routes/contracts';
import { ActionBar, TallyLines } from 'ui/inbox/action-bar';
import { CauseGroups } from 'ui/inbox/cause-groups';
import { WeekComparison } from 'ui/inbox/week-comparison';
import { ConflictView } from 'ui/inbox/conflict-view';
import { ExportButton } from 'ui/inbox/export-button';
import { FilterBar } from 'ui/inbox/filter-bar';
import { readGroups, readPage } from 'ui/inbox/inbox-client';
import { IssueList } from 'ui/inbox/issue-list';
import { JobProgress } from 'ui/inbox/job-progress';
import { useInboxText } from 'ui/inbox/use-inbox-text';
import { Failed, Loading } from 'ui/shared/states';
import { styles } from 'ui/shared/theme';
import { ScreenHelp } from 'ui/shared/screen-help';

const OPEN_ONLY: InboxFilter = { status: ['OPEN'] };
const NEWEST: InboxSort = { by: 'lastSeenAt', direction: 'desc' };

type Cursor = { after?: string; before?: string };
type Loaded =
  { state: 'loading' } | { state: 'failed'; status: number; message: string; action: string } | { state: 'done' };

export function InboxPage() {
  const { t } = useInboxText();
  const [filter, setFilter] = useState<InboxFilter>(OPEN_ONLY);
  const [sort, setSort] = useState<InboxSort>(NEWEST);
  const [cursor, setCursor] = useState<Cursor>({});
  const [loaded, setLoaded] = useState<Loaded>({ state: 'loading' });
  // The last page stays on screen while the next loads, so the action bar keeps its choices across reloads.
  const [page, setPage] = useState<InboxPageAnswer | null>(null);
  const [groups, setGroups] = useState<InboxGroupsAnswer | null>(null);
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [tally, setTally] = useState<ActionTally | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const [conflict, setConflict] = useState<string | null>(null);
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((n) => n + 1), []);

  useEffect(() => {
    let live = true;
    setLoaded({ state: 'loading' });
    void readPage(filter, sort, cursor).then((answer) => {
      if (!live) return;
      if (answer.ok) setPage(answer.data);
      setLoaded(
        answer.ok
          ? { state: 'done' }
          : { state: 'failed', status: answer.status, message: answer.error, action: answer.action },
      );
    });
    return () => {
      live = false;
    };
  }, [filter, sort, cursor, generation]);
  useEffect(() => {
    let live = true;
    const { causeKey: _cause, ...withoutCause } = filter;
    void readGroups(withoutCause).then((answer) => live && setGroups(answer.ok ? answer.data : null));
    return () => {
      live = false;
    };
  }, [filter, generation]);

  const changeFilter = (next: InboxFilter) => {
    setFilter(next);
    setCursor({});
    setSelected(new Set());
  };

  if (conflict)
    return (
      <div style={styles.page} data-testid="inbox-page">
        <ConflictView
          issueId={conflict}
          onBack={() => {
            setConflict(null);
            reload();
          }}
        />
      </div>
    );

  return (
    <div style={{ ...styles.page, maxWidth: 1100 }} data-testid="inbox-page">
      <header>
        <h1 style={styles.title}>{t('title')}</h1>
        <p style={styles.subtitle}>{t('subtitle')}</p>
        <ScreenHelp topic="inbox" />
      </header>
      <FilterBar
        filter={filter}
        sort={sort}
        onFilter={changeFilter}
        onSort={(next) => (setSort(next), setCursor({}))}
      />
      <WeekComparison generation={generation} />
      <CauseGroups
        groups={groups}
        selected={filter.causeKey}
        onSelect={(causeKey) => changeFilter(causeKey ? { ...filter, causeKey } : withoutCause(filter))}
      />
      {page ? (
        <ActionBar
          selectedIds={[...selected]}
          filter={filter}
          totalCount={page.totalCount}
          onDone={(result) => {
            setTally(result);
            setSelected(new Set());
            reload();
          }}
          onJob={(id) => {
            setTally(null);
            setJobId(id);
          }}
        />
      ) : null}
      {tally ? <TallyLines tally={tally} /> : null}
      {jobId ? <JobProgress jobId={jobId} onFinished={reload} /> : null}
      {loaded.state === 'loading' ? <Loading /> : null}
      {loaded.state === 'failed' ? (
        loaded.status === 403 ? (
          <div style={{ ...styles.notice, ...styles.error }} role="alert" data-testid="not-allowed">
            <div>{t('failure.readNotAllowed')}</div>
            <div>{t('failure.readNotAllowed.next')}</div>
          </div>
        ) : (
          <Failed message={loaded.message} action={loaded.action} onRetry={reload} />
        )
      ) : null}
      {page && loaded.state === 'done' ? (
        <section aria-label={t('list.total', { count: page.totalCount })}>
          <div style={{ ...styles.row, justifyContent: 'space-between' }}>
            <p style={styles.label} data-testid="inbox-total" data-count={page.totalCount}>
              {t('list.total', { count: page.totalCount })}
            </p>
            <ExportButton filter={filter} sort={sort} />
          </div>
          <IssueList
            issues={page.issues}
            selected={selected}
            onToggle={(id) => setSelected((all) => toggled(all, [id], !all.has(id)))}
            onToggleAll={(on) =>
              setSelected((all) =>
                toggled(
                  all,
                  page.issues.map((i) => i.id),
                  on,
                ),
              )
            }
            onCompare={(issue) => setConflict(issue.id)}
          />
          <div style={styles.row}>
            <button
              type="button"
              style={styles.button}
              disabled={!page.previous}
              data-testid="page-previous"
              onClick={() => page.previous && setCursor({ before: page.previous })}
            >
              {t('page.previous')}
            </button>
            <button
              type="button"
              style={styles.button}
              disabled={!page.next}
              data-testid="page-next"
              onClick={() => page.next && setCursor({ after: page.next })}
            >
              {t('page.next')}
            </button>
          </div>
        </section>
      ) : null}
    </div>
  );
}

function toggled(all: ReadonlySet<string>, ids: string[], on: boolean): Set<string> {
  const next = new Set(all);
  for (const id of ids)
    if (on) next.add(id);
    else next.delete(id);
  return next;
}

function withoutCause(filter: InboxFilter): InboxFilter {
  const { causeKey: _causeKey, ...rest } = filter;
  return rest;
}
