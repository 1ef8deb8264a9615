// "Create Metakocka offer / order" from the selected opportunity: rows of product code + quantity (the route needs
// the lines; from-opportunity.ts). A product picker with search would be nicer; code rows are what sales people type
// from a price list, and an unknown code is named back to them.
import { useState } from 'react';
import { useSelectedRecordIds } from 'twenty-sdk/front-component';

import { MAX_OPPORTUNITY_DOCUMENT_LINES } from 'plugin/constants/document-lines';
import { defaultClient } from 'ui/commands/command-client';
import { CommandPanel, OutcomeLine } from 'ui/commands/command-panel';
import { singleSelection } from 'ui/commands/document-commands';
import { sdkHost } from 'ui/commands/headless-command';
import {
  createDocumentFromOpportunity,
  type LineRow,
  type OpportunityDocumentType,
} from 'ui/commands/opportunity-lines';
import type { CommandOutcome } from 'ui/commands/outcome';
import { useCommandText } from 'ui/commands/use-command-text';
import { readValue } from 'ui/shared/read-value';
import { styles } from 'ui/shared/theme';

const EMPTY_ROW: LineRow = { code: '', quantity: '1', discount: '' };

export function OpportunityDocumentForm({ documentType }: { documentType: OpportunityDocumentType }) {
  const t = useCommandText();
  const selection = singleSelection(t, useSelectedRecordIds());
  const [rows, setRows] = useState<LineRow[]>([{ ...EMPTY_ROW }]);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<CommandOutcome | null>('outcome' in selection ? selection.outcome : null);
  const kind = documentType === 'SALES_OFFER' ? 'offer' : 'order';

  const edit = (index: number, patch: Partial<LineRow>) =>
    setRows((current) => current.map((row, i) => (i === index ? { ...row, ...patch } : row)));

  async function submit() {
    if (!('id' in selection)) return;
    setBusy(true);
    setOutcome(
      await createDocumentFromOpportunity(defaultClient(), sdkHost, t, {
        opportunityId: selection.id,
        documentType,
        rows,
      }),
    );
    setBusy(false);
  }

  return (
    <CommandPanel title={t(`lines.title.${kind}`)} hint={t('lines.hint')} testId={`opportunity-${kind}-form`}>
      <table style={styles.table}>
        <thead>
          <tr>
            <th style={styles.cell}>{t('lines.code')}</th>
            <th style={styles.cell}>{t('lines.quantity')}</th>
            <th style={styles.cell}>{t('lines.discount')}</th>
            <th style={styles.cell} />
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={index}>
              <td style={styles.cell}>
                <input
                  data-testid={`line-code-${index}`}
                  aria-label={t('lines.code')}
                  style={styles.input}
                  value={row.code}
                  onChange={(event) => edit(index, { code: readValue(event) })}
                />
              </td>
              <td style={styles.cell}>
                <input
                  data-testid={`line-quantity-${index}`}
                  aria-label={t('lines.quantity')}
                  style={styles.input}
                  inputMode="decimal"
                  value={row.quantity}
                  onChange={(event) => edit(index, { quantity: readValue(event) })}
                />
              </td>
              <td style={styles.cell}>
                <input
                  data-testid={`line-discount-${index}`}
                  aria-label={t('lines.discount')}
                  style={styles.input}
                  inputMode="decimal"
                  value={row.discount ?? ''}
                  onChange={(event) => edit(index, { discount: readValue(event) })}
                />
              </td>
              <td style={styles.cell}>
                <button
                  type="button"
                  style={{ ...styles.button, ...styles.danger }}
                  disabled={rows.length === 1}
                  onClick={() => setRows((current) => current.filter((_, i) => i !== index))}
                >
                  {t('lines.remove')}
                </button>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <div style={styles.row}>
        <button
          type="button"
          data-testid="line-add"
          style={styles.button}
          disabled={rows.length >= MAX_OPPORTUNITY_DOCUMENT_LINES}
          onClick={() => setRows((current) => [...current, { ...EMPTY_ROW }])}
        >
          {t('lines.add')}
        </button>
        <button
          type="button"
          data-testid="lines-submit"
          style={{ ...styles.button, ...styles.primary }}
          disabled={busy || !('id' in selection)}
          onClick={() => void submit()}
        >
          {busy ? t('busy') : t(`lines.submit.${kind}`)}
        </button>
      </div>
      <OutcomeLine outcome={outcome} />
    </CommandPanel>
  );
}
