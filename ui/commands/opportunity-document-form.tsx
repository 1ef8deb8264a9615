// "Create Metakocka offer / order" from the selected opportunity: one card per line (product, quantity, unit price,
// discount), stacked so it fits Twenty's side panel (about 400 px). The product is found by searching the synced
// products by code or name; a bare code typed without picking is still looked up when the form is sent.
import { useEffect, useId, useState } from 'react';
import { useSelectedRecordIds } from 'twenty-sdk/front-component';

import { MAX_OPPORTUNITY_DOCUMENT_LINES } from 'plugin/constants/document-lines';
import { defaultClient } from 'ui/commands/command-client';
import { CommandPanel, OutcomeLine } from 'ui/commands/command-panel';
import { singleSelection } from 'ui/commands/document-commands';
import { sdkHost } from 'ui/commands/headless-command';
import type { CommandText } from 'ui/commands/messages';
import {
  createDocumentFromOpportunity,
  type LineRow,
  type OpportunityDocumentType,
} from 'ui/commands/opportunity-lines';
import type { CommandOutcome } from 'ui/commands/outcome';
import { searchProducts, type ProductHit } from 'ui/commands/product-search';
import { useCommandText } from 'ui/commands/use-command-text';
import { Button, Form, TextField } from 'ui/shared/form';
import { useT, type Language } from 'ui/shared/i18n';
import { styles, theme } from 'ui/shared/theme';

/** A form row: the line the route gets, plus what the card shows about the picked product. */
type FormRow = LineRow & { picked?: ProductHit };

const EMPTY_ROW: FormRow = { code: '', quantity: '1', discount: '', unitPrice: '' };
/** Wait this long after the last key before searching, so typing a code is one read, not one per letter. */
const SEARCH_DELAY_MS = 250;

const decimalIn = (language: Language, value: string) => (language === 'sl' ? value.replace('.', ',') : value);

export function OpportunityDocumentForm({ documentType }: { documentType: OpportunityDocumentType }) {
  const t = useCommandText();
  const selection = singleSelection(t, useSelectedRecordIds());
  const limitId = useId();
  const [rows, setRows] = useState<FormRow[]>([{ ...EMPTY_ROW }]);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<CommandOutcome | null>('outcome' in selection ? selection.outcome : null);
  const kind = documentType === 'SALES_OFFER' ? 'offer' : 'order';
  const full = rows.length >= MAX_OPPORTUNITY_DOCUMENT_LINES;

  const edit = (index: number, patch: Partial<FormRow>) =>
    setRows((current) => current.map((row, i) => (i === index ? { ...row, ...patch } : row)));

  async function submit() {
    if (!('id' in selection) || busy) return;
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
      <Form onSubmit={() => void submit()}>
        {rows.map((row, index) => (
          <LineCard
            key={index}
            t={t}
            index={index}
            row={row}
            canRemove={rows.length > 1}
            onEdit={(patch) => edit(index, patch)}
            onRemove={() => setRows((current) => current.filter((_, i) => i !== index))}
          />
        ))}
        <div style={styles.row}>
          <Button
            testId="line-add"
            disabled={full}
            describedBy={full ? limitId : undefined}
            label={t('lines.add')}
            onClick={() => setRows((current) => [...current, { ...EMPTY_ROW }])}
          />
          <Button
            kind="primary"
            submit
            testId="lines-submit"
            disabled={!('id' in selection)}
            busy={busy}
            label={busy ? t('busy') : t(`lines.submit.${kind}`)}
          />
        </div>
        {full ? (
          <span id={limitId} style={styles.hint} data-testid="lines-limit">
            {t('lines.limit', { max: MAX_OPPORTUNITY_DOCUMENT_LINES })}
          </span>
        ) : null}
      </Form>
      <OutcomeLine outcome={outcome} />
    </CommandPanel>
  );
}

function LineCard(props: {
  t: CommandText;
  index: number;
  row: FormRow;
  canRemove: boolean;
  onEdit: (patch: Partial<FormRow>) => void;
  onRemove: () => void;
}) {
  const { t, index, row, onEdit } = props;
  const { language } = useT();
  const hits = useProductSearch(row.picked ? '' : row.code);
  const pick = (hit: ProductHit) =>
    onEdit({
      picked: hit,
      productId: hit.id,
      code: hit.code,
      unitPrice: hit.netPrice ? decimalIn(language, hit.netPrice) : '',
    });
  return (
    <fieldset
      data-testid={`line-${index}`}
      style={{ ...styles.section, margin: 0, padding: theme.spacing3, gap: theme.spacing2 }}
    >
      <legend style={styles.label}>{t('lines.row', { row: index + 1 })}</legend>
      {row.picked ? (
        <div style={styles.row} data-testid={`line-product-${index}`}>
          <span style={{ flex: '1 1 12rem', minWidth: 0 }}>
            <strong>{row.picked.code}</strong> {row.picked.name}
          </span>
          <Button
            testId={`line-change-${index}`}
            label={t('lines.change')}
            onClick={() => onEdit({ picked: undefined, productId: undefined, code: '' })}
          />
        </div>
      ) : (
        <TextField
          label={t('lines.product')}
          hints={[{ text: t('lines.product.hint') }]}
          testId={`line-code-${index}`}
          value={row.code}
          onChange={(code) => onEdit({ code })}
        />
      )}
      {!row.picked && hits.length > 0 ? (
        <ul
          aria-label={t('lines.results', { count: hits.length })}
          data-testid={`line-hits-${index}`}
          style={{
            listStyle: 'none',
            margin: 0,
            padding: 0,
            display: 'flex',
            flexDirection: 'column',
            gap: theme.spacing1,
          }}
        >
          {hits.map((hit) => (
            <li key={hit.id}>
              <button
                type="button"
                data-testid="product-hit"
                style={{ ...styles.button, width: '100%', height: 'auto', padding: theme.spacing2, textAlign: 'left' }}
                onClick={() => pick(hit)}
              >
                <strong>{hit.code}</strong> {hit.name}
                {hit.netPrice ? ` · ${decimalIn(language, hit.netPrice)} ${hit.currency ?? ''}` : ''}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <div
        style={{ display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(6.5rem, 1fr))', gap: theme.spacing2 }}
      >
        <TextField
          label={t('lines.quantity')}
          testId={`line-quantity-${index}`}
          value={row.quantity}
          onChange={(quantity) => onEdit({ quantity })}
        />
        <TextField
          label={t('lines.unitPrice')}
          testId={`line-price-${index}`}
          value={row.unitPrice ?? ''}
          placeholder={t('lines.unitPrice.placeholder')}
          onChange={(unitPrice) => onEdit({ unitPrice })}
        />
        <TextField
          label={t('lines.discount')}
          testId={`line-discount-${index}`}
          value={row.discount ?? ''}
          onChange={(discount) => onEdit({ discount })}
        />
      </div>
      <div style={styles.row}>
        <Button
          kind="danger"
          testId={`line-remove-${index}`}
          disabled={!props.canRemove}
          label={t('lines.remove')}
          onClick={props.onRemove}
        />
      </div>
    </fieldset>
  );
}

/** The products matching what is typed, read a moment after the user stops typing; empty for an empty text. */
function useProductSearch(text: string): ProductHit[] {
  const [hits, setHits] = useState<ProductHit[]>([]);
  useEffect(() => {
    if (text.trim() === '') {
      setHits([]);
      return;
    }
    let live = true;
    const timer = setTimeout(() => {
      void searchProducts(defaultClient(), text).then((answer) => live && setHits(answer.ok ? answer.data : []));
    }, SEARCH_DELAY_MS);
    return () => {
      live = false;
      clearTimeout(timer);
    };
  }, [text]);
  return hits;
}
