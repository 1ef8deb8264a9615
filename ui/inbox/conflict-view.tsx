// A record's conflicts side by side (issue 17 item 2): each field's value in Twenty and in Metakocka, when each side
// changed, who last edited the Twenty record; a choice per field (keep Twenty, keep Metakocka, or a merged value), one
// side for the whole record, "keep Metakocka for every conflict on this field", and restoring a value that lost.
import { useCallback, useEffect, useState } from 'react';

import type { ConflictAnswer, ConflictField, InboxConflictsAnswer } from 'server/routes/contracts';
import { TallyLines } from 'ui/inbox/action-bar';
import { readConflict, settleConflicts } from 'ui/inbox/inbox-client';
import { refusal, useInboxText } from 'ui/inbox/use-inbox-text';
import { Failed, Loading, Outcome, type OutcomeValue } from 'ui/shared/states';
import { styles, theme } from 'ui/shared/theme';

type Keep = 'twenty' | 'metakocka' | 'merged';
interface Choice {
  keep: Keep;
  value: string;
}

export function ConflictView({ issueId, onBack }: { issueId: string; onBack: () => void }) {
  const { t, time } = useInboxText();
  const [view, setView] = useState<ConflictAnswer | null>(null);
  const [failure, setFailure] = useState<{ message: string; action: string } | null>(null);
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<OutcomeValue>(null);
  const [bulkResult, setBulkResult] = useState<InboxConflictsAnswer | null>(null);

  const load = useCallback(async () => {
    const answer = await readConflict(issueId);
    if (answer.ok) setView(answer.data);
    else setFailure({ message: answer.error, action: answer.action });
  }, [issueId]);
  useEffect(() => {
    void load();
  }, [load]);

  /** Sends a choice; a bulk answer shows its own count, other answers the sentence `success` makes of them. */
  const send = async (body: object, success?: (answer: InboxConflictsAnswer) => string) => {
    setBusy(true);
    const answer = await settleConflicts(body);
    setBusy(false);
    if (!answer.ok) {
      setOutcome(refusal(answer, t));
      return;
    }
    setOutcome(success ? { ok: true, text: success(answer.data) } : null);
    if (answer.data.op === 'bulk') setBulkResult(answer.data);
    setChoices({});
    await load();
  };
  const resolved = (answer: InboxConflictsAnswer) =>
    t('conflict.resolved', { count: answer.op === 'choose' ? answer.resolved.length : 0 });

  if (failure) return <Failed message={failure.message} action={failure.action} onRetry={() => void load()} />;
  if (!view) return <Loading />;
  const issues = [...new Set(view.fields.map((f) => f.issueId))];
  const wholeDocument = view.fields.length > 0 && view.fields.every((f) => !f.mergeable && f.issueId === issues[0]);
  const chooseAll = (keep: 'twenty' | 'metakocka') =>
    void send({ op: 'choose', choices: issues.map((issueId) => ({ issueId, keep })) }, resolved);
  const apply = () =>
    void send(
      {
        op: 'choose',
        choices: Object.entries(choices).map(([id, choice]) =>
          choice.keep === 'merged'
            ? { issueId: id, keep: 'merged', value: choice.value }
            : { issueId: id, keep: choice.keep },
        ),
      },
      resolved,
    );
  const show = (value: string | null) => (value === null || value === '' ? t('conflict.empty') : value);

  return (
    <section
      style={styles.section}
      data-testid="conflict-view"
      aria-label={t('conflict.title', { name: view.recordName ?? view.recordId })}
    >
      <h2 style={styles.sectionTitle}>{t('conflict.title', { name: view.recordName ?? view.recordId })}</h2>
      <p style={styles.hint} data-testid="conflict-last-edited">
        {view.lastEditedBy
          ? t('conflict.lastEditedBy', { name: view.lastEditedBy, time: time(view.lastEditedAt) })
          : t('conflict.lastEditedAt', { time: time(view.lastEditedAt) })}
      </p>
      {view.fields.length === 0 ? <p style={styles.notice}>{t('conflict.none')}</p> : null}
      {wholeDocument ? <p style={styles.notice}>{t('conflict.document')}</p> : null}
      {view.fields.length > 0 ? (
        <table style={styles.table}>
          <thead>
            <tr>
              <th style={styles.cell}>{t('conflict.field')}</th>
              <th style={styles.cell}>{t('conflict.twenty')}</th>
              <th style={styles.cell}>{t('conflict.metakocka')}</th>
              {wholeDocument ? null : <th style={styles.cell}>{t('conflict.choice')}</th>}
            </tr>
          </thead>
          <tbody>
            {view.fields.map((field) => (
              <tr key={`${field.issueId}:${field.field}`} data-testid="conflict-field" data-field={field.field}>
                <th style={{ ...styles.cell, verticalAlign: 'top' }}>{field.field}</th>
                <td style={{ ...styles.cell, verticalAlign: 'top' }} data-testid="conflict-twenty">
                  <div style={{ whiteSpace: 'pre-wrap' }}>{show(field.twenty.value)}</div>
                  <div style={styles.hint}>{t('conflict.changed', { time: time(field.twenty.changedAt) })}</div>
                </td>
                <td style={{ ...styles.cell, verticalAlign: 'top' }} data-testid="conflict-metakocka">
                  <div style={{ whiteSpace: 'pre-wrap' }}>{show(field.metakocka.value)}</div>
                  <div style={styles.hint}>{t('conflict.changed', { time: time(field.metakocka.changedAt) })}</div>
                </td>
                {wholeDocument ? null : (
                  <td style={{ ...styles.cell, verticalAlign: 'top' }}>
                    <FieldChoice
                      field={field}
                      choice={choices[field.issueId]}
                      onChoose={(choice) => setChoices((all) => ({ ...all, [field.issueId]: choice }))}
                    />
                    <button
                      type="button"
                      style={{ ...styles.button, marginTop: theme.spacing1 }}
                      disabled={busy}
                      data-testid="conflict-bulk"
                      onClick={() => void send({ op: 'bulk', field: field.field, keep: 'metakocka' })}
                    >
                      {t('conflict.bulk', { field: field.field })}
                    </button>
                  </td>
                )}
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      <div style={styles.row}>
        {!wholeDocument && view.fields.length > 0 ? (
          <button
            type="button"
            style={{ ...styles.button, ...styles.primary }}
            disabled={busy || Object.keys(choices).length === 0}
            data-testid="conflict-apply"
            onClick={apply}
          >
            {t('conflict.apply')}
          </button>
        ) : null}
        {view.fields.length > 0 ? (
          <>
            <button
              type="button"
              style={styles.button}
              disabled={busy}
              data-testid="conflict-whole-twenty"
              onClick={() => chooseAll('twenty')}
            >
              {t('conflict.wholeTwenty')}
            </button>
            <button
              type="button"
              style={styles.button}
              disabled={busy}
              data-testid="conflict-whole-metakocka"
              onClick={() => chooseAll('metakocka')}
            >
              {t('conflict.wholeMetakocka')}
            </button>
          </>
        ) : null}
        <button type="button" style={styles.button} data-testid="conflict-back" onClick={onBack}>
          {t('conflict.back')}
        </button>
      </div>
      {bulkResult?.op === 'bulk' && bulkResult.mode === 'done' ? <TallyLines tally={bulkResult} /> : null}
      <Outcome outcome={outcome} />
      {view.settled.length > 0 ? (
        <div data-testid="conflict-settled">
          <h3 style={styles.label}>{t('conflict.settled')}</h3>
          <ul style={{ margin: 0, paddingLeft: theme.spacing4 }}>
            {view.settled.map((entry) => (
              <li key={entry.issueId}>
                {`${entry.field}: `}
                {entry.resolution.lost
                  .map((lost) =>
                    t('conflict.lost', {
                      value: show(lost.value),
                      side: t(lost.side === 'twenty' ? 'conflict.twenty' : 'conflict.metakocka'),
                    }),
                  )
                  .join('; ')}
                {entry.resolution.lost.length === 1 && !entry.resolution.restoredAt ? (
                  <button
                    type="button"
                    style={{ ...styles.button, marginLeft: theme.spacing2 }}
                    disabled={busy}
                    data-testid="conflict-restore"
                    onClick={() => void send({ op: 'restore', issueId: entry.issueId }, () => t('conflict.restored'))}
                  >
                    {t('conflict.restore')}
                  </button>
                ) : null}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

function FieldChoice({
  field,
  choice,
  onChoose,
}: {
  field: ConflictField;
  choice: Choice | undefined;
  onChoose: (choice: Choice) => void;
}) {
  const { t } = useInboxText();
  const name = `keep-${field.issueId}`;
  const keeps: Keep[] = field.mergeable ? ['twenty', 'metakocka', 'merged'] : ['twenty', 'metakocka'];
  const label = {
    twenty: 'conflict.keepTwenty',
    metakocka: 'conflict.keepMetakocka',
    merged: 'conflict.keepMerged',
  } as const;
  return (
    <fieldset style={{ border: 0, margin: 0, padding: 0 }} data-testid="conflict-choice">
      <legend style={styles.label}>{t('conflict.choice')}</legend>
      {keeps.map((keep) => (
        <label key={keep} style={{ display: 'block' }}>
          <input
            type="radio"
            name={name}
            value={keep}
            checked={choice?.keep === keep}
            data-testid={`keep-${keep}`}
            onChange={() => onChoose({ keep, value: choice?.value ?? field.twenty.value ?? '' })}
          />
          {` ${t(label[keep])}`}
        </label>
      ))}
      {choice?.keep === 'merged' ? (
        <label style={styles.field}>
          <span style={styles.label}>{t('conflict.mergedLabel', { field: field.field })}</span>
          <input
            type="text"
            style={styles.input}
            value={choice.value}
            data-testid="merged-value"
            onChange={(event) => onChoose({ keep: 'merged', value: event.target.value })}
          />
        </label>
      ) : null}
    </fieldset>
  );
}
