// Money into Twenty's CURRENCY composite: amountMicros as an exact numeric string (Twenty accepts a numeric string,
// contract/README.md "Composite field shapes"), never a float.
import type { CurrencyValue } from 'server/crm/composites';
import { type Decimal, parseDecimal, roundToUnits } from 'server/money/decimal';

const MICROS_PER_MINOR = 10_000n;

export const minorToCurrency = (minor: bigint, currencyCode: string): CurrencyValue => ({
  amountMicros: (minor * MICROS_PER_MINOR).toString(),
  currencyCode,
});

/** A unit price may carry more than two decimals (14.6754, API.md §1.5); micros keep six, rounded half up beyond. */
export const decimalToCurrency = (value: Decimal, currencyCode: string): CurrencyValue => ({
  amountMicros: roundToUnits(value, 6).toString(),
  currencyCode,
});

/** Minor units of a CURRENCY value read back from Twenty (returned as a JSON number, exact within 2^53 micros). */
export function currencyToMinor(value: CurrencyValue | null | undefined): bigint | null {
  if (!value || value.amountMicros === null || value.amountMicros === undefined) return null;
  const micros = parseDecimal(String(value.amountMicros));
  return roundToUnits({ units: micros.units, scale: micros.scale + 4 }, 0);
}
