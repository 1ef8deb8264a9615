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
import { Button, Field, Form, TextField } from 'ui/shared/form';
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
    if (!('id' in selection) || busy) return;
    setBusy(true);
    setOutcome(await linkPartnerCommand(defaultClient(), sdkHost, t, objectNameSingular, selection.id, by, value));
    setBusy(false);
  }

  return (
    <CommandPanel title={t('link.title')} hint={t('link.hint')} testId="link-partner-form">
      <Form onSubmit={() => void submit()}>
        <Field label={t('link.by')}>
          {(control) => (
            <select
              {...control}
              data-testid="link-by"
              style={styles.input}
              value={by}
              onChange={(event) => setBy(readValue(event) === 'tax' ? 'tax' : 'code')}
            >
              <option value="code">{t('link.by.code')}</option>
              <option value="tax">{t('link.by.tax')}</option>
            </select>
          )}
        </Field>
        <TextField label={t('link.value')} testId="link-value" value={value} onChange={setValue} />
        <div style={styles.row}>
          <Button
            kind="primary"
            submit
            testId="link-submit"
            disabled={!('id' in selection)}
            busy={busy}
            label={busy ? t('busy') : t('link.submit')}
          />
        </div>
      </Form>
      <OutcomeLine outcome={outcome} />
    </CommandPanel>
  );
}
