// VAT rates behind Metakocka's tax codes. Lines carry codes, not rates (API.md §3.5); a line's own
// `tax_factor` (sent with show_tax_factor) wins over this table because EXn slots are country-specific.
import { type Decimal, mul, parseDecimal } from './decimal';

/** Percent per code, only those API.md §3.5 documents for a Slovenian company. EX1/EX2 are left out on purpose (UNCONFIRMED rates). */
const SLOVENIAN_RATES_PERCENT: Readonly<Record<string, string>> = {
  EX4: '22',
  EX3: '9.5',
  '220': '22',
  '200': '20',
  '095': '9.5',
  '085': '8.5',
  '000': '0',
  // "0" on a line is accepted and means 0 % VAT (API.md §6 item 14).
  '0': '0',
};

export const normaliseTaxCode = (code: string): string => code.trim().toUpperCase();

/** The Metakocka sum key for a code: `sum_tax_ex4`, `sum_tax_085` (API.md §3.3). */
export const taxSumKey = (code: string): string => `sum_tax_${normaliseTaxCode(code).toLowerCase()}`;

/** Rate in percent for a line, or null when neither the line nor the table knows it. */
export function taxRatePercent(code: string | undefined, taxFactor?: string): Decimal | null {
  if (taxFactor !== undefined && taxFactor.trim() !== '') return mul(parseDecimal(taxFactor), parseDecimal('100'));
  if (code === undefined) return null;
  const rate = SLOVENIAN_RATES_PERCENT[normaliseTaxCode(code)];
  return rate === undefined ? null : parseDecimal(rate);
}

/** Codes a Twenty user may pick for a pushed line: the ones whose rate is known. */
export const KNOWN_TAX_CODES: readonly string[] = Object.keys(SLOVENIAN_RATES_PERCENT).filter((code) => code !== '0');
