// A report's cells as the page shows them, in the member's language (sl-SI or en-GB) and Europe/Ljubljana: money
// with its row's currency (from the exact decimal string, never through a float), months and dates by name, keys
// (aging buckets, stages, streams) in words. Pure, so tests run it anywhere.
import { LOCALES, type Language } from 'plugin/constants/plural';
import { REPORT_LABELS } from 'plugin/constants/report-labels';
import type { KpiSeries } from 'server/reports/kpis';
import type { Cell, ReportColumn, ReportRow } from 'server/reports/report';

const ZONE = 'Europe/Ljubljana';
const NONE = '—';

/** Noon UTC of a YYYY-MM(-DD) value: the same calendar day in Ljubljana whatever the season. */
const noonOf = (value: string) => new Date(`${value.length === 7 ? `${value}-01` : value}T12:00:00Z`);

// Intl formats a decimal string exactly (ECMA-402 "Intl.NumberFormat v3"); TypeScript's lib still types it as number.
const exact = (value: string | number) => value as number;

export function formatMoney(language: Language, amount: string | number, currency: string | null): string {
  const options: Intl.NumberFormatOptions = currency
    ? { style: 'currency', currency }
    : { minimumFractionDigits: 2, maximumFractionDigits: 2 };
  return new Intl.NumberFormat(LOCALES[language], options).format(exact(amount));
}

export const formatNumber = (language: Language, value: string | number, fractionDigits = 3): string =>
  new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: fractionDigits }).format(exact(value));

/** A percentage given as 0–100. */
export const formatPercent = (language: Language, value: string | number): string =>
  new Intl.NumberFormat(LOCALES[language], { style: 'unit', unit: 'percent', maximumFractionDigits: 1 }).format(
    exact(value),
  );

/** A KPI's actual or target: money in its currency, a percentage, or a count. */
export function formatKpiValue(language: Language, series: KpiSeries, value: string | number): string {
  if (series.unit === 'money') return formatMoney(language, value, series.currency ?? null);
  if (series.unit === 'percent') return formatPercent(language, value);
  return formatNumber(language, value, 0);
}

export const formatMonth = (language: Language, month: string, style: 'long' | 'short' = 'long'): string =>
  new Intl.DateTimeFormat(LOCALES[language], {
    timeZone: ZONE,
    month: style,
    year: style === 'long' ? 'numeric' : '2-digit',
  }).format(noonOf(month));

export const formatDay = (language: Language, day: string): string =>
  new Intl.DateTimeFormat(LOCALES[language], { timeZone: ZONE, dateStyle: 'medium' }).format(noonOf(day));

export const columnLabel = (language: Language, column: ReportColumn): string =>
  REPORT_LABELS[language].columns[column.key] ?? column.key;

/** One cell in words; `short` for an axis label (short month names). */
export function formatCell(language: Language, column: ReportColumn, row: ReportRow, short = false): string {
  const value: Cell = row[column.key] ?? null;
  if (value === null || value === '') return NONE;
  const labels = REPORT_LABELS[language];
  switch (column.kind) {
    case 'money':
      return formatMoney(language, value as string, typeof row.currency === 'string' ? row.currency : null);
    case 'month':
      return formatMonth(language, String(value), short ? 'short' : 'long');
    case 'date':
      return formatDay(language, String(value));
    case 'count':
    case 'quantity':
      return formatNumber(language, value as string | number);
    case 'percent':
      return formatPercent(language, value as string | number);
    case 'flag':
      return value ? labels.yes : labels.no;
    default:
      return typeof value === 'string' ? (labels.values[value] ?? value) : String(value);
  }
}
