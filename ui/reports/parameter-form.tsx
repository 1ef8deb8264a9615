// The parameters a template declares (server/reports/parameters.ts), each as a labelled control. Values are sent as
// typed; the server checks them and a refusal names the parameter, so the page never second-guesses it.
import { useState } from 'react';

import type { ParameterSpec } from 'server/reports/parameters';
import { documentTypeMessage } from 'ui/reports/messages';
import { findCustomers, type CustomerHit, type ParameterValues } from 'ui/reports/report-client';
import { useReportText } from 'ui/reports/use-report-text';
import { Button, Field, TextField } from 'ui/shared/form';
import { readValue } from 'ui/shared/read-value';
import { styles, theme } from 'ui/shared/theme';

type Period = { from: string; to: string };
type Change = (name: string, value: unknown) => void;

export function ParameterFields({
  specs,
  values,
  onChange,
}: {
  specs: readonly ParameterSpec[];
  values: ParameterValues;
  onChange: Change;
}) {
  return (
    <>
      {specs.map((spec) => (
        <ParameterField key={spec.name} spec={spec} value={values[spec.name]} onChange={onChange} />
      ))}
    </>
  );
}

function ParameterField({ spec, value, onChange }: { spec: ParameterSpec; value: unknown; onChange: Change }) {
  const { t } = useReportText();
  switch (spec.name) {
    case 'period':
      return <PeriodField value={(value as Period | undefined) ?? { from: '', to: '' }} onChange={onChange} />;
    case 'currency':
      return (
        <TextField
          label={t('param.currency')}
          hints={[{ text: t('param.currency.hint') }]}
          testId="param-currency"
          value={String(value ?? '')}
          placeholder="EUR"
          onChange={(text) => onChange('currency', text.trim().toUpperCase())}
        />
      );
    case 'customer':
      return <CustomerField value={(value as string | undefined) ?? ''} onChange={onChange} />;
    case 'productCategory':
      return (
        <TextField
          label={t('param.productCategory')}
          hints={[{ text: t('param.productCategory.hint') }]}
          testId="param-productCategory"
          value={String(value ?? '')}
          onChange={(text) => onChange('productCategory', text)}
        />
      );
    case 'documentTypes':
      return <DocumentTypesField spec={spec} value={value as string[] | undefined} onChange={onChange} />;
    case 'lowStockOnly':
      return (
        <label style={styles.row}>
          <input
            type="checkbox"
            data-testid="param-lowStockOnly"
            checked={value === true}
            onChange={() => onChange('lowStockOnly', value !== true)}
          />
          <span>{t('param.lowStockOnly')}</span>
        </label>
      );
  }
}

function PeriodField({ value, onChange }: { value: Period; onChange: Change }) {
  const { t } = useReportText();
  const month = (end: keyof Period) => (
    <Field label={t(end === 'from' ? 'param.from' : 'param.to')}>
      {(control) => (
        <input
          {...control}
          type="month"
          data-testid={`param-period-${end}`}
          style={styles.input}
          value={value[end]}
          placeholder="YYYY-MM"
          onChange={(event) => onChange('period', { ...value, [end]: readValue(event) })}
        />
      )}
    </Field>
  );
  return (
    <fieldset style={{ border: 'none', padding: 0, margin: 0 }} data-testid="param-period">
      <legend style={styles.label}>{t('param.period')}</legend>
      <div style={{ ...styles.row, alignItems: 'flex-start' }}>
        {month('from')}
        {month('to')}
      </div>
      <span style={styles.hint}>{t('param.period.hint')}</span>
    </fieldset>
  );
}

function CustomerField({ value, onChange }: { value: string; onChange: Change }) {
  const { t } = useReportText();
  const [text, setText] = useState('');
  const [hits, setHits] = useState<CustomerHit[] | null>(null);
  const [busy, setBusy] = useState(false);
  const search = async () => {
    setBusy(true);
    setHits(await findCustomers(text));
    setBusy(false);
  };
  return (
    <fieldset style={{ border: 'none', padding: 0, margin: 0 }} data-testid="param-customer">
      <legend style={styles.label}>{t('param.customer')}</legend>
      <div style={{ ...styles.row, alignItems: 'flex-end' }}>
        <TextField label={t('param.customer.search')} testId="customer-search" value={text} onChange={setText} />
        <Button label={t('param.customer.find')} busy={busy} testId="customer-find" onClick={() => void search()} />
      </div>
      {hits ? <span style={styles.hint}>{t('param.customer.found', { count: hits.length })}</span> : null}
      <Field label={t('param.customer.choice')}>
        {(control) => (
          <select
            {...control}
            data-testid="param-customer-choice"
            style={styles.input}
            value={value}
            onChange={(event) => onChange('customer', readValue(event))}
          >
            <option value="">{t('param.customer.any')}</option>
            {(hits ?? []).map((hit) => (
              <option key={hit.id} value={hit.id}>
                {hit.name}
              </option>
            ))}
          </select>
        )}
      </Field>
    </fieldset>
  );
}

function DocumentTypesField({ spec, value, onChange }: { spec: ParameterSpec; value?: string[]; onChange: Change }) {
  const { t } = useReportText();
  const choices = spec.choices ?? [];
  const picked = value ?? [...choices];
  const toggle = (type: string) =>
    onChange('documentTypes', picked.includes(type) ? picked.filter((other) => other !== type) : [...picked, type]);
  return (
    <fieldset style={{ border: 'none', padding: 0, margin: 0 }} data-testid="param-documentTypes">
      <legend style={styles.label}>{t('param.documentTypes')}</legend>
      <div style={{ ...styles.row, gap: theme.spacing3 }}>
        {choices.map((type) => (
          <label key={type} style={styles.row}>
            <input
              type="checkbox"
              data-testid="param-documentType"
              data-type={type}
              checked={picked.includes(type)}
              onChange={() => toggle(type)}
            />
            <span>{t(documentTypeMessage(type))}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
