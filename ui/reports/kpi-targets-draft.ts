// The KPI targets form's state and its checks (issue 19 item 5): the targets of one period as the member types them,
// and back to the document the server stores. Money is read in the member's language to whole cents (BigInt, never a
// float) and stored as a plain decimal per currency; a value the server would refuse (negative, not a number, an
// unknown currency, a rate above 100 %) is refused here first, naming the field in the member's words. Pure, so tests
// run it anywhere.
import type { KpiTargets, KpiTargetsDocument } from 'server/reports/kpis';
import { decimalOfMinor, minorUnits, readLocaleDecimal, typedOf, type NumberRefusal } from 'ui/reports/locale-number';
import type { ReportText } from 'ui/reports/messages';
import type { Language } from 'ui/shared/translate';

export type MoneyKpi = 'revenue' | 'overdueCeiling';
export type RateKpi = 'offerConversionRate' | 'syncHealthRate';
export const MONEY_KPIS: readonly MoneyKpi[] = ['revenue', 'overdueCeiling'];
export const RATE_KPIS: readonly RateKpi[] = ['offerConversionRate', 'syncHealthRate'];

/** "monthly": every month's targets; "YYYY-MM": a month's own. */
export type TargetPeriod = 'monthly' | string;

export interface MoneyRow {
  /** Stable while the member edits the row's currency. */
  key: string;
  currency: string;
  amount: string;
}

export interface TargetsDraft {
  revenue: MoneyRow[];
  overdueCeiling: MoneyRow[];
  newCustomers: string;
  offerConversionRate: string;
  syncHealthRate: string;
}

/** A refused field: `field` identifies its control (data-field), `text` names it in the member's words. */
export interface TargetProblem {
  field: string;
  text: string;
}

export type CheckedDraft = { ok: true; targets: KpiTargets } | { ok: false; problems: TargetProblem[] };

const KNOWN_CURRENCIES = new Set(Intl.supportedValuesOf('currency'));

export const targetsOfPeriod = (doc: KpiTargetsDocument, period: TargetPeriod): KpiTargets =>
  period === 'monthly' ? doc.monthly : (doc.months[period] ?? doc.monthly);

/** The period's targets as the member would type them, with a row for each currency a report shows too. */
export function draftOf(targets: KpiTargets, language: Language, currencies: readonly string[]): TargetsDraft {
  const rows = (kpi: MoneyKpi) =>
    [...new Set([...Object.keys(targets[kpi]), ...currencies])].sort().map((currency) => ({
      key: `${kpi}-${currency}`,
      currency,
      amount: targets[kpi][currency] === undefined ? '' : typedOf(language, targets[kpi][currency]!, 2),
    }));
  const typed = (value: number | null) => (value === null ? '' : typedOf(language, value, 1));
  return {
    revenue: rows('revenue'),
    overdueCeiling: rows('overdueCeiling'),
    newCustomers: typed(targets.newCustomers),
    offerConversionRate: typed(targets.offerConversionRate),
    syncHealthRate: typed(targets.syncHealthRate),
  };
}

/** Checks every field and builds the targets, or names each refused field. */
export function checkDraft(draft: TargetsDraft, language: Language, t: ReportText): CheckedDraft {
  const problems: TargetProblem[] = [];
  const example = typedOf(language, '1234.56', 2);
  const refuse = (
    field: string,
    label: string,
    refusal: NumberRefusal | 'whole' | 'percent' | 'twice',
    value: string,
  ) => problems.push({ field, text: t(`targets.invalid.${refusal}`, { field: label, value, example }) });

  const money = (kpi: MoneyKpi): Record<string, string> => {
    const out: Record<string, string> = {};
    for (const row of draft[kpi]) {
      const typed = row.amount.trim();
      const currency = row.currency.trim().toUpperCase();
      if (typed === '' && currency === '') continue;
      if (!KNOWN_CURRENCIES.has(currency)) {
        const label = t('targets.currency.of', { kpi: t(`targets.${kpi}.group`) });
        problems.push({
          field: `${row.key}:currency`,
          text: t(currency === '' ? 'targets.invalid.noCurrency' : 'targets.invalid.currency', {
            field: label,
            value: row.currency.trim(),
          }),
        });
        continue;
      }
      const label = t(`targets.${kpi}`, { currency });
      if (typed === '') continue;
      if (currency in out) refuse(`${row.key}:amount`, label, 'twice', typed);
      else {
        const read = readLocaleDecimal(language, typed, 2);
        if (read.ok) out[currency] = decimalOfMinor(minorUnits(read.decimal));
        else refuse(`${row.key}:amount`, label, read.refusal, typed);
      }
    }
    return out;
  };
  const count = (): number | null => {
    const typed = draft.newCustomers.trim();
    if (typed === '') return null;
    const read = readLocaleDecimal(language, typed, 0);
    if (read.ok) return Number(read.decimal);
    refuse('newCustomers', t('targets.newCustomers'), read.refusal === 'tooPrecise' ? 'whole' : read.refusal, typed);
    return null;
  };
  const rate = (kpi: RateKpi): number | null => {
    const typed = draft[kpi].trim();
    if (typed === '') return null;
    const read = readLocaleDecimal(language, typed, 1);
    if (read.ok && Number(read.decimal) <= 100) return Number(read.decimal);
    const refusal =
      !read.ok && (read.refusal === 'negative' || read.refusal === 'notNumber') ? read.refusal : 'percent';
    refuse(kpi, t(`targets.${kpi}`), refusal, typed);
    return null;
  };

  const targets: KpiTargets = {
    revenue: money('revenue'),
    newCustomers: count(),
    offerConversionRate: rate('offerConversionRate'),
    overdueCeiling: money('overdueCeiling'),
    syncHealthRate: rate('syncHealthRate'),
  };
  return problems.length > 0 ? { ok: false, problems } : { ok: true, targets };
}

/** The whole document with one period's targets replaced, or a month's own targets dropped (`null`). */
export function withPeriod(
  doc: KpiTargetsDocument,
  period: TargetPeriod,
  targets: KpiTargets | null,
): KpiTargetsDocument {
  if (period === 'monthly') return { ...doc, monthly: targets ?? doc.monthly };
  const months = { ...doc.months };
  if (targets) months[period] = targets;
  else delete months[period];
  return { ...doc, months };
}
