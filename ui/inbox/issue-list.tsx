// One page of issues: each with its Twenty record (a link) and Metakocka id, the cause and what to do in the member's
// language (from its code; the stored message beneath as details), attempts, first and last seen, and the runs that
// first raised it and last saw it (links once the sync records them; issue 16).
import type { InboxIssue } from 'server/routes/contracts';
import { useInboxText } from 'ui/inbox/use-inbox-text';
import { styles, theme } from 'ui/shared/theme';

/** Shown as a bar beside the severity's word: orange or grey text fails contrast on Twenty's light theme. */
const SEVERITY_COLOURS: Record<string, string> = {
  CRITICAL: theme.red,
  ERROR: theme.orange,
  WARNING: theme.gray,
  INFO: theme.blue,
};

/** Twenty's record page (AppPath.RecordShowPage, /object/:objectNameSingular/:objectRecordId). */
const recordHref = (issue: InboxIssue) =>
  issue.recordId && issue.recordObject && issue.recordObject !== 'run'
    ? `/object/${issue.recordObject}/${issue.recordId}`
    : null;
const runHref = (runId: string) => `/object/metakockaSyncRun/${runId}`;

export function IssueList({
  issues,
  selected,
  onToggle,
  onToggleAll,
  onCompare,
}: {
  issues: InboxIssue[];
  selected: ReadonlySet<string>;
  onToggle: (id: string) => void;
  onToggleAll: (on: boolean) => void;
  onCompare: (issue: InboxIssue) => void;
}) {
  const { t, time, code } = useInboxText();
  if (issues.length === 0)
    return (
      <p style={styles.notice} role="status" data-testid="inbox-empty">
        {t('list.empty')}
      </p>
    );
  const allOn = issues.every((issue) => selected.has(issue.id));
  return (
    <table style={styles.table} data-testid="inbox-list">
      <thead>
        <tr>
          <th style={styles.cell}>
            <input
              type="checkbox"
              checked={allOn}
              aria-label={t('list.selectAll')}
              data-testid="select-page"
              onChange={() => onToggleAll(!allOn)}
            />
          </th>
          <th style={styles.cell}>{t('sort.recordName')}</th>
          <th style={styles.cell}>{t('filter.code')}</th>
          <th style={styles.cell}>{t('sort.lastSeenAt')}</th>
        </tr>
      </thead>
      <tbody>
        {issues.map((issue) => {
          const href = recordHref(issue);
          const text = code(issue.errorCode);
          const name = issue.recordName ?? issue.metakockaId ?? issue.id;
          return (
            <tr key={issue.id} data-testid="inbox-issue" data-id={issue.id} data-status={issue.status}>
              <td style={{ ...styles.cell, verticalAlign: 'top' }}>
                <input
                  type="checkbox"
                  checked={selected.has(issue.id)}
                  aria-label={t('list.selectOne', { name })}
                  data-testid="select-issue"
                  onChange={() => onToggle(issue.id)}
                />
              </td>
              <td style={{ ...styles.cell, verticalAlign: 'top' }}>
                <div>
                  {href ? (
                    <a href={href} target="_top" data-testid="issue-record" title={t('issue.record')}>
                      {name}
                    </a>
                  ) : (
                    <span data-testid="issue-record">{issue.recordName ?? t('issue.noRecord')}</span>
                  )}
                </div>
                {issue.metakockaId ? <div style={styles.hint}>{t('issue.mkId', { id: issue.metakockaId })}</div> : null}
              </td>
              <td style={{ ...styles.cell, verticalAlign: 'top' }}>
                <div>
                  <strong
                    style={{
                      borderLeft: `3px solid ${SEVERITY_COLOURS[issue.severity] ?? theme.fontPrimary}`,
                      paddingLeft: theme.spacing1,
                    }}
                  >
                    {t(`severity.${issue.severity}` as 'severity.ERROR')}
                  </strong>
                  {` · ${text?.cause ?? issue.errorCode}`}
                </div>
                <div data-testid="issue-action">{text?.action ?? issue.suggestedAction ?? ''}</div>
                <div style={styles.hint} data-testid="issue-message">
                  {t('issue.details', { message: issue.message })}
                </div>
                {issue.ignoredReason ? (
                  <div style={styles.hint}>{t('issue.ignored', { reason: issue.ignoredReason })}</div>
                ) : null}
                {issue.kind === 'CONFLICT' && issue.status === 'OPEN' ? (
                  <button
                    type="button"
                    style={{ ...styles.button, marginTop: theme.spacing1 }}
                    data-testid="issue-compare"
                    onClick={() => onCompare(issue)}
                  >
                    {t('issue.compare')}
                  </button>
                ) : null}
              </td>
              <td style={{ ...styles.cell, verticalAlign: 'top', whiteSpace: 'nowrap' }}>
                <div>{t('issue.attempts', { count: issue.attempts })}</div>
                <div style={styles.hint}>{t('issue.firstSeen', { time: time(issue.firstSeenAt) })}</div>
                <div style={styles.hint}>{t('issue.lastSeen', { time: time(issue.lastSeenAt) })}</div>
                <RunLink label={t('issue.firstRun')} runId={issue.firstRunId} />
                <RunLink label={t('issue.lastRun')} runId={issue.lastRunId} />
              </td>
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}

function RunLink({ label, runId }: { label: string; runId: string | null }) {
  const { t } = useInboxText();
  return (
    <div style={styles.hint}>
      {`${label}: `}
      {runId ? (
        <a href={runHref(runId)} target="_top">
          {runId}
        </a>
      ) : (
        t('issue.runUnknown')
      )}
    </div>
  );
}
