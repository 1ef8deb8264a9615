// "Link to Metakocka partner" needs a partner code or a tax number, so it is a small side-panel form (D35), like
// "Change status". Manager-only: the route refuses anyone without "Manage Metakocka".
import { useState } from 'react';
import { useSelectedObjectMetadata, useSelectedRecordIds } from 'twenty-sdk/front-component';

import { defaultClient } from 'ui/commands/command-client';
import { CommandPanel, OutcomeLine } from 'ui/commands/command-panel';
import { singleSelection } from 'ui/commands/document-commands';
import { sdkHost } from 'ui/commands/headless-command';
import { linkPartnerCommand, type LinkBy } from 'ui/commands/link-partner';
import type { CommandOutcome } from 'ui/commands/outcome';
import { useCommandText } from 'ui/commands/use-command-text';
import { readValue } from 'ui/shared/read-value';
import { styles } from 'ui/shared/theme';

export function LinkPartnerForm() {
  const t = useCommandText();
  const selection = singleSelection(t, useSelectedRecordIds());
  const objectNameSingular = useSelectedObjectMetadata()?.nameSingular ?? null;
  const [by, setBy] = useState<LinkBy>('code');
  const [value, setValue] = useState('');
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<CommandOutcome | null>('outcome' in selection ? selection.outcome : null);

  async function submit() {
    if (!('id' in selection)) return;
    setBusy(true);
    setOutcome(await linkPartnerCommand(defaultClient(), sdkHost, t, objectNameSingular, selection.id, by, value));
    setBusy(false);
  }

  return (
    <CommandPanel title={t('link.title')} hint={t('link.hint')} testId="link-partner-form">
      <label style={styles.field}>
        <span style={styles.label}>{t('link.by')}</span>
        <select
          data-testid="link-by"
          style={{ ...styles.input, width: 'auto' }}
          value={by}
          onChange={(event) => setBy(readValue(event) === 'tax' ? 'tax' : 'code')}
        >
          <option value="code">{t('link.by.code')}</option>
          <option value="tax">{t('link.by.tax')}</option>
        </select>
      </label>
      <label style={styles.field}>
        <span style={styles.label}>{t('link.value')}</span>
        <input
          data-testid="link-value"
          style={styles.input}
          value={value}
          onChange={(event) => setValue(readValue(event))}
        />
      </label>
      <div style={styles.row}>
        <button
          type="button"
          data-testid="link-submit"
          style={{ ...styles.button, ...styles.primary }}
          disabled={busy || !('id' in selection)}
          onClick={() => void submit()}
        >
          {busy ? t('busy') : t('link.submit')}
        </button>
      </div>
      <OutcomeLine outcome={outcome} />
    </CommandPanel>
  );
}
