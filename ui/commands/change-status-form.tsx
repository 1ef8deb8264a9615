// "Change status" is a small form in the side panel rather than a headless command (a CommandModal has no input;
// APPS.md §4): a list of the statuses known for this type of document, the current one marked, and "another status"
// to type a name the list does not have yet.
import { useEffect, useState } from 'react';
import { useSelectedRecordIds } from 'twenty-sdk/front-component';

import { changeStatusCommand, readStatusChoices, withChoices, type StatusChoices } from 'ui/commands/change-status';
import { defaultClient } from 'ui/commands/command-client';
import { CommandPanel, OutcomeLine } from 'ui/commands/command-panel';
import { singleSelection } from 'ui/commands/document-commands';
import { sdkHost } from 'ui/commands/headless-command';
import type { CommandOutcome } from 'ui/commands/outcome';
import { useCommandText } from 'ui/commands/use-command-text';
import { Button, Field, Form, TextField } from 'ui/shared/form';
import { readValue } from 'ui/shared/read-value';
import { styles } from 'ui/shared/theme';

/** The select's value for "I will type it". No status is named with a leading NUL, so it cannot clash. */
const TYPED = '\u0000typed';

export function ChangeStatusForm() {
  const t = useCommandText();
  const selection = singleSelection(t, useSelectedRecordIds());
  const documentId = 'id' in selection ? selection.id : null;
  const [choices, setChoices] = useState<StatusChoices>({ current: null, known: [] });
  const [picked, setPicked] = useState(TYPED);
  const [typed, setTyped] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<CommandOutcome | null>('outcome' in selection ? selection.outcome : null);

  useEffect(() => {
    if (documentId === null) return;
    let live = true;
    void readStatusChoices(defaultClient(), documentId).then((read) => {
      if (!live) return;
      setChoices(read);
      // Start on the first status that would change something; "another status" when none is known.
      setPicked(read.known.find((name) => name !== read.current) ?? TYPED);
    });
    return () => {
      live = false;
    };
  }, [documentId]);

  async function submit() {
    if (documentId === null || busy) return;
    setBusy(true);
    const status = picked === TYPED ? typed : picked;
    const result = await changeStatusCommand(defaultClient(), sdkHost, t, documentId, status);
    setOutcome(result.outcome);
    if (result.validNames.length > 0)
      setChoices((now) => ({ ...now, known: withChoices(now.known, result.validNames) }));
    if (result.outcome.variant === 'success') setChoices((now) => ({ ...now, current: status.trim() }));
    setBusy(false);
  }

  return (
    <CommandPanel title={t('status.title')} hint={t('status.hint')} testId="change-status-form">
      <Form onSubmit={() => void submit()}>
        <Field
          label={t('status.label')}
          hints={[
            { text: choices.current ? t('status.currentIs', { status: choices.current }) : t('status.noCurrent') },
          ]}
        >
          {(control) => (
            <select
              {...control}
              data-testid="status-choice"
              style={styles.input}
              value={picked}
              onChange={(event) => setPicked(readValue(event) || TYPED)}
            >
              {choices.known.map((name) => (
                <option key={name} value={name}>
                  {name === choices.current ? t('status.current', { status: name }) : name}
                </option>
              ))}
              <option value={TYPED}>{t('status.another')}</option>
            </select>
          )}
        </Field>
        {picked === TYPED ? (
          <TextField
            label={t('status.typed')}
            hints={[{ text: t('status.typed.hint') }]}
            testId="status-code"
            value={typed}
            onChange={setTyped}
          />
        ) : null}
        <div style={styles.row}>
          <Button
            kind="primary"
            submit
            testId="status-submit"
            disabled={documentId === null}
            busy={busy}
            label={busy ? t('busy') : t('status.submit')}
          />
        </div>
      </Form>
      <OutcomeLine outcome={outcome} />
    </CommandPanel>
  );
}
