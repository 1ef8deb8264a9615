// The KPI targets under the KPI panel (issue 19 item 5, D87). A manager ("Manage Metakocka", the answer's
// callerMaySetTargets) sets every month's targets or a month's own, seeing each KPI's actual beside its field, and
// saves; the server checks the whole document again and audits the change naming them. Every refused field is named
// in the member's language before anything is sent (kpi-targets-draft.ts). A member sees the targets as set, and why
// they cannot change them.
import { useEffect, useState } from 'react';

import type { KpiSeries, KpiTargets, KpiTargetsDocument } from 'server/reports/kpis';
import type { KpisAnswer } from 'server/routes/contracts';
import {
  checkDraft,
  draftOf,
  MONEY_KPIS,
  RATE_KPIS,
  targetsOfPeriod,
  withPeriod,
  type MoneyKpi,
  type MoneyRow,
  type TargetPeriod,
  type TargetProblem,
  type TargetsDraft,
} from 'ui/reports/kpi-targets-draft';
import { formatKpiValue, formatMoney, formatMonth, formatNumber, formatPercent } from 'ui/reports/format';
import { typedOf } from 'ui/reports/locale-number';
import { saveKpiTargets } from 'ui/reports/report-client';
import { useReportText } from 'ui/reports/use-report-text';
import { Button, Field, Form, TextField } from 'ui/shared/form';
import { readValue } from 'ui/shared/read-value';
import { Outcome, type OutcomeValue } from 'ui/shared/states';
import { styles, theme } from 'ui/shared/theme';

/** The KPI series each target field sits beside (money ones per currency). */
const SERIES_OF: Record<MoneyKpi | 'newCustomers' | 'offerConversionRate' | 'syncHealthRate', KpiSeries['kpi']> = {
  revenue: 'revenue',
  overdueCeiling: 'overdueReceivables',
  newCustomers: 'newCustomers',
  offerConversionRate: 'offerConversionRate',
  syncHealthRate: 'syncHealthRate',
};

const nextMonths = (month: string, count: number): string[] =>
  Array.from({ length: count }, (_, index) => {
    const [year, m] = month.split('-').map(Number) as [number, number];
    const date = new Date(Date.UTC(year, m - 1 + index + 1, 1));
    return `${date.getUTCFullYear()}-${String(date.getUTCMonth() + 1).padStart(2, '0')}`;
  });

export function KpiTargetsSection({ answer, onSaved }: { answer: KpisAnswer; onSaved: () => void }) {
  const { t } = useReportText();
  return (
    <section aria-labelledby="kpi-targets-title" data-testid="kpi-targets" style={styles.field}>
      <h3 style={{ ...styles.sectionTitle, fontSize: theme.sizeSm }} id="kpi-targets-title">
        {t('targets.title')}
      </h3>
      {answer.callerMaySetTargets ? (
        <KpiTargetsForm answer={answer} onSaved={onSaved} />
      ) : (
        <KpiTargetsReadOnly targets={answer.targets} />
      )}
    </section>
  );
}

function KpiTargetsForm({ answer, onSaved }: { answer: KpisAnswer; onSaved: () => void }) {
  const { t, language } = useReportText();
  const [period, setPeriod] = useState<TargetPeriod>('monthly');
  const currencies = (kpi: KpiSeries['kpi']) =>
    answer.kpis.filter((series) => series.kpi === kpi && series.currency).map((series) => series.currency!);
  const startingDraft = () =>
    draftOf(targetsOfPeriod(answer.targets, period), language, [
      ...new Set([...currencies('revenue'), ...currencies('overdueReceivables')]),
    ]);
  const [draft, setDraft] = useState<TargetsDraft>(startingDraft);
  const [problems, setProblems] = useState<TargetProblem[]>([]);
  const [outcome, setOutcome] = useState<OutcomeValue>(null);
  const [busy, setBusy] = useState(false);
  // What is saved for the period is where editing starts, after a save or a change of period.
  useEffect(() => {
    setDraft(startingDraft());
    setProblems([]);
  }, [answer.targets, period]);

  const trendMonths = answer.kpis[0]?.trend.map((point) => point.period) ?? [answer.month];
  const months = [...new Set([...trendMonths, ...nextMonths(answer.month, 6), ...Object.keys(answer.targets.months)])];
  months.sort();
  const periodLabel = (value: TargetPeriod) =>
    value === 'monthly'
      ? t('targets.period.monthly')
      : t(value in answer.targets.months ? 'targets.period.own' : 'targets.period.inherits', {
          month: formatMonth(language, value),
        });

  /** The actual beside a field: the chosen month's, or for every month the last finished one; overdue is now. */
  const actualHint = (kpi: keyof typeof SERIES_OF, currency?: string) => {
    const series = answer.kpis.find((s) => s.kpi === SERIES_OF[kpi] && s.currency === currency);
    if (!series) return null;
    const point =
      series.trend.find((p) => p.period === period) ??
      (series.trend.length > 1 ? series.trend.at(-2) : series.trend.at(-1));
    if (!point || point.actual === null) return null;
    const value = formatKpiValue(language, series, point.actual);
    return {
      text:
        series.trend.length === 1
          ? t('targets.actualNow', { value })
          : t('targets.actual', { month: formatMonth(language, point.period), value }),
      testId: 'target-actual',
    };
  };
  const problemHint = (field: string) => {
    const problem = problems.find((p) => p.field === field);
    return problem ? { text: problem.text, testId: 'target-error', data: { field } } : null;
  };

  const save = async (targets: KpiTargets | null) => {
    setBusy(true);
    const answerOf = await saveKpiTargets(withPeriod(answer.targets, period, targets));
    setBusy(false);
    setOutcome(
      answerOf.ok
        ? {
            ok: true,
            text: t('targets.saved', {
              period: period === 'monthly' ? t('targets.period.monthly') : formatMonth(language, period),
            }),
          }
        : { ok: false, text: answerOf.error, action: answerOf.action },
    );
    if (answerOf.ok) onSaved();
  };
  const submit = () => {
    const checked = checkDraft(draft, language, t);
    setProblems(checked.ok ? [] : checked.problems);
    if (checked.ok) void save(checked.targets);
    else
      setOutcome({
        ok: false,
        text: [t('targets.invalid', { count: checked.problems.length }), ...checked.problems.map((p) => p.text)].join(
          ' ',
        ),
        action: t('targets.invalid.action'),
      });
  };
  const setRow = (kpi: MoneyKpi, key: string, part: Partial<MoneyRow>) =>
    setDraft({ ...draft, [kpi]: draft[kpi].map((row) => (row.key === key ? { ...row, ...part } : row)) });
  const addRow = (kpi: MoneyKpi) =>
    setDraft({
      ...draft,
      [kpi]: [...draft[kpi], { key: `new-${kpi}-${draft[kpi].length}`, currency: '', amount: '' }],
    });

  return (
    <Form onSubmit={submit}>
      <p style={{ margin: 0 }}>{t('targets.intro', { example: typedOf(language, '1234.56', 2) })}</p>
      <Field label={t('targets.period')}>
        {(control) => (
          <select
            {...control}
            data-testid="targets-period"
            style={styles.input}
            value={period}
            onChange={(event) => setPeriod(readValue(event))}
          >
            {['monthly', ...months].map((value) => (
              <option key={value} value={value}>
                {periodLabel(value)}
              </option>
            ))}
          </select>
        )}
      </Field>
      {MONEY_KPIS.map((kpi) => (
        <fieldset key={kpi} style={{ border: 'none', padding: 0, margin: 0 }} data-testid={`targets-${kpi}`}>
          <legend style={styles.label}>{t(`targets.${kpi}.group`)}</legend>
          <div style={styles.row}>
            {draft[kpi].map((row) =>
              row.key.startsWith('new-') ? (
                <div key={row.key} style={styles.row}>
                  <TextField
                    label={t('targets.currency.of', { kpi: t(`targets.${kpi}.group`) })}
                    hints={[problemHint(`${row.key}:currency`)]}
                    testId="target-currency"
                    value={row.currency}
                    onChange={(value) => setRow(kpi, row.key, { currency: value })}
                  />
                  <TextField
                    label={t('targets.amount')}
                    hints={[problemHint(`${row.key}:amount`)]}
                    testId="target-amount"
                    value={row.amount}
                    onChange={(value) => setRow(kpi, row.key, { amount: value })}
                  />
                </div>
              ) : (
                <TextField
                  key={row.key}
                  label={t(`targets.${kpi}`, { currency: row.currency })}
                  hints={[actualHint(kpi, row.currency), problemHint(`${row.key}:amount`)]}
                  testId={`target-${kpi}-${row.currency}`}
                  value={row.amount}
                  onChange={(value) => setRow(kpi, row.key, { amount: value })}
                />
              ),
            )}
          </div>
          <div>
            <Button label={t('targets.addCurrency')} testId={`targets-add-${kpi}`} onClick={() => addRow(kpi)} />
          </div>
        </fieldset>
      ))}
      <div style={styles.row}>
        <TextField
          label={t('targets.newCustomers')}
          hints={[actualHint('newCustomers'), problemHint('newCustomers')]}
          testId="target-newCustomers"
          value={draft.newCustomers}
          onChange={(value) => setDraft({ ...draft, newCustomers: value })}
        />
        {RATE_KPIS.map((kpi) => (
          <TextField
            key={kpi}
            label={t(`targets.${kpi}`)}
            hints={[actualHint(kpi), problemHint(kpi)]}
            testId={`target-${kpi}`}
            value={draft[kpi]}
            onChange={(value) => setDraft({ ...draft, [kpi]: value })}
          />
        ))}
      </div>
      <div style={styles.row}>
        <Button kind="primary" submit busy={busy} label={t('targets.save')} testId="targets-save" />
        {period !== 'monthly' && period in answer.targets.months ? (
          <Button
            busy={busy}
            label={t('targets.useMonthly', { month: formatMonth(language, period) })}
            testId="targets-use-monthly"
            onClick={() => void save(null)}
          />
        ) : null}
      </div>
      <Outcome outcome={outcome} />
    </Form>
  );
}

/** Every target as set, per period, in words; and why the member cannot change them. */
function KpiTargetsReadOnly({ targets }: { targets: KpiTargetsDocument }) {
  const { t, language } = useReportText();
  const lines = (set: KpiTargets): string[] => [
    ...MONEY_KPIS.flatMap((kpi) =>
      Object.entries(set[kpi]).map(
        ([currency, amount]) => `${t(`targets.${kpi}`, { currency })}: ${formatMoney(language, amount, currency)}`,
      ),
    ),
    ...(set.newCustomers === null
      ? []
      : [`${t('targets.newCustomers')}: ${formatNumber(language, set.newCustomers, 0)}`]),
    ...RATE_KPIS.flatMap((kpi) =>
      set[kpi] === null ? [] : [`${t(`targets.${kpi}`)}: ${formatPercent(language, set[kpi]!)}`],
    ),
  ];
  const periods: Array<[string, KpiTargets]> = [
    [t('targets.everyMonth'), targets.monthly],
    ...Object.entries(targets.months)
      .sort(([a], [b]) => (a < b ? -1 : 1))
      .map(([month, set]): [string, KpiTargets] => [formatMonth(language, month), set]),
  ];
  const shown = periods.filter(([, set]) => lines(set).length > 0);
  return (
    <>
      <p style={styles.hint} data-testid="targets-managers-only">
        {t('targets.managersOnly')}
      </p>
      {shown.length === 0 ? (
        <p style={{ margin: 0 }}>{t('targets.none')}</p>
      ) : (
        <dl style={{ margin: 0 }} data-testid="targets-read-only">
          {shown.map(([label, set]) => (
            <div key={label}>
              <dt style={styles.label}>{label}</dt>
              {lines(set).map((line) => (
                <dd key={line} style={{ margin: 0 }} data-testid="target-line">
                  {line}
                </dd>
              ))}
            </div>
          ))}
        </dl>
      )}
    </>
  );
}
