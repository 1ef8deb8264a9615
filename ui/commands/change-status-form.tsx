// "Change status" needs one value, the status as the company named it in Metakocka, so it is a small form in the
// side panel rather than a headless command (a CommandModal has no input; APPS.md §4).
import { useState } from 'react';
import { useSelectedRecordIds } from 'twenty-sdk/front-component';

import { defaultClient } from 'ui/commands/command-client';
import { CommandPanel, OutcomeLine } from 'ui/commands/command-panel';
import { changeStatusCommand, singleSelection } from 'ui/commands/document-commands';
import { sdkHost } from 'ui/commands/headless-command';
import type { CommandOutcome } from 'ui/commands/outcome';
import { useCommandText } from 'ui/commands/use-command-text';
import { readValue } from 'ui/shared/read-value';
import { styles } from 'ui/shared/theme';

export function ChangeStatusForm() {
  const t = useCommandText();
  const selection = singleSelection(t, useSelectedRecordIds());
  const [status, setStatus] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<CommandOutcome | null>('outcome' in selection ? selection.outcome : null);

  async function submit() {
    if (!('id' in selection)) return;
    setBusy(true);
    setOutcome(await changeStatusCommand(defaultClient(), sdkHost, t, selection.id, status));
    setBusy(false);
  }

  return (
    <CommandPanel title={t('status.title')} hint={t('status.hint')} testId="change-status-form">
      <label style={styles.field}>
        <span style={styles.label}>{t('status.label')}</span>
        <input
          data-testid="status-code"
          style={styles.input}
          value={status}
          onChange={(event) => setStatus(readValue(event))}
        />
      </label>
      <div style={styles.row}>
        <button
          type="button"
          data-testid="status-submit"
          style={{ ...styles.button, ...styles.primary }}
          disabled={busy || !('id' in selection)}
          onClick={() => void submit()}
        >
          {busy ? t('busy') : t('status.submit')}
        </button>
      </div>
      <OutcomeLine outcome={outcome} />
    </CommandPanel>
  );
}
