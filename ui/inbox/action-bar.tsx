// Actions on the selected issues or on everything matching the filter: retry now, ignore (with a reason), mark
// resolved. Each asks for confirmation with the number of issues first, then shows what was done and why the rest
// was not; more than one page goes to a background job whose progress the page follows.
import { useState } from 'react';

import type { ActionTally, InboxFilter } from 'server/routes/contracts';
import { act, type IssueTarget } from 'ui/inbox/inbox-client';
import { refusal, useInboxText } from 'ui/inbox/use-inbox-text';
import { Outcome, type OutcomeValue } from 'ui/shared/states';
import { styles } from 'ui/shared/theme';

type Action = 'retry' | 'ignore' | 'resolve';

export function ActionBar({
  selectedIds,
  filter,
  totalCount,
  onDone,
  onJob,
}: {
  selectedIds: string[];
  filter: InboxFilter;
  totalCount: number;
  onDone: (tally: ActionTally) => void;
  onJob: (jobId: string) => void;
}) {
  const { t } = useInboxText();
  const [scope, setScope] = useState<'selected' | 'all'>('selected');
  const [pending, setPending] = useState<Action | null>(null);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<OutcomeValue>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const count = scope === 'selected' ? selectedIds.length : totalCount;
  const target: IssueTarget = scope === 'selected' ? { ids: selectedIds } : { filter };

  const ask = (action: Action) => {
    setOutcome(null);
    setProblem(count === 0 ? t('act.noSelection') : null);
    setPending(count === 0 ? null : action);
  };
  const confirm = async () => {
    if (!pending) return;
    if (pending === 'ignore' && reason.trim().length < 3) {
      setProblem(t('act.reason.missing'));
      return;
    }
    setProblem(null);
    setBusy(true);
    const answer = await act(pending, target, pending === 'ignore' ? reason.trim() : undefined);
    setBusy(false);
    setPending(null);
    if (!answer.ok) {
      setOutcome(refusal(answer, t));
      return;
    }
    setReason('');
    if (answer.data.mode === 'job') onJob(answer.data.jobId);
    else onDone(answer.data);
  };

  return (
    <section style={styles.section} aria-label={t('act.title')} data-testid="inbox-actions">
      <div style={styles.row}>
        <label style={styles.field}>
          <span style={styles.label}>{t('act.scope.label')}</span>
          <select
            style={styles.input}
            value={scope}
            data-testid="act-scope"
            onChange={(event) => setScope(event.target.value as 'selected' | 'all')}
          >
            <option value="selected">{t('act.scope.selected', { count: selectedIds.length })}</option>
            <option value="all">{t('act.scope.all', { count: totalCount })}</option>
          </select>
        </label>
        {(['retry', 'ignore', 'resolve'] as const).map((action) => (
          <button
            key={action}
            type="button"
            style={{ ...styles.button, alignSelf: 'flex-end' }}
            disabled={busy}
            data-testid={`act-${action}`}
            onClick={() => ask(action)}
          >
            {t(`act.${action}`)}
          </button>
        ))}
      </div>
      {pending ? (
        <div
          style={styles.notice}
          role="alertdialog"
          aria-label={t(`act.confirm.${pending}`, { count })}
          data-testid="act-confirm"
        >
          <strong>{t(`act.confirm.${pending}`, { count })}</strong>
          {pending === 'ignore' ? (
            <label style={styles.field}>
              <span style={styles.label}>{t('act.reason')}</span>
              <textarea
                style={styles.input}
                rows={2}
                value={reason}
                data-testid="act-reason"
                onChange={(event) => setReason(event.target.value)}
              />
            </label>
          ) : null}
          <div style={styles.row}>
            <button
              type="button"
              style={{ ...styles.button, ...styles.primary }}
              disabled={busy}
              data-testid="act-confirm-yes"
              onClick={() => void confirm()}
            >
              {t('act.confirm.yes')}
            </button>
            <button type="button" style={styles.button} data-testid="act-confirm-no" onClick={() => setPending(null)}>
              {t('act.cancel')}
            </button>
          </div>
        </div>
      ) : null}
      {problem ? (
        <div style={styles.error} role="alert" data-testid="act-problem">
          {problem}
        </div>
      ) : null}
      <Outcome outcome={outcome} />
    </section>
  );
}

/** What an action did: the count done, then each reason the others were not, counted. */
export function TallyLines({ tally }: { tally: ActionTally }) {
  const { t } = useInboxText();
  return (
    <div style={styles.success} role="status" data-testid="act-result" data-done={tally.done}>
      <div>{t(`result.${tally.action}`, { count: tally.done })}</div>
      {Object.entries(tally.notDone).map(([reason, count]) => (
        <div key={reason} style={styles.hint} data-testid="act-not-done" data-reason={reason} data-count={count}>
          {t(`reason.${reason}` as 'reason.refused', { count: count ?? 0 })}
        </div>
      ))}
    </div>
  );
}
