// Exact money per currency (issue 19): integer minor units in a bigint per ISO code, never added across currencies,
// listed EUR first then alphabetically. Twenty keeps CURRENCY amounts as micros (10 000 per cent).
import type { CurrencyValue } from 'server/crm/composites';
import { parseDecimal, roundToUnits } from 'server/money/decimal';

const MICROS_PER_MINOR = 10_000n;
export const HOME_CURRENCY = 'EUR';

/** Minor units of a CURRENCY value (micros rounded half up to the cent; Twenty stores what the sync wrote, whole cents). */
export function minorOf(value: CurrencyValue | null | undefined): bigint | null {
  if (!value || value.amountMicros === null || value.amountMicros === undefined) return null;
  const micros = parseDecimal(String(value.amountMicros));
  return roundToUnits({ units: micros.units, scale: micros.scale + 4 }, 0);
}

/** Minor units from a sum of micros as Twenty's group-by answers it (a JSON number, exact below 2^53 micros). */
export function minorOfMicros(micros: number | string | null | undefined): bigint {
  if (micros === null || micros === undefined) return 0n;
  const exact = parseDecimal(typeof micros === 'number' ? micros.toFixed(0) : micros);
  return roundToUnits({ units: exact.units, scale: exact.scale + 4 }, 0);
}

export const microsOf = (minor: bigint): bigint => minor * MICROS_PER_MINOR;

/** "1234.50", "-0.05": a decimal string with two places, what CSV and the report table carry. */
export function formatMinor(minor: bigint): string {
  const negative = minor < 0n;
  const abs = negative ? -minor : minor;
  const units = abs / 100n;
  const cents = String(abs % 100n).padStart(2, '0');
  return `${negative ? '-' : ''}${units}.${cents}`;
}

/** EUR first, then the others alphabetically: the order every report lists currencies in. */
export const currencyOrder = (a: string, b: string): number =>
  a === b ? 0 : a === HOME_CURRENCY ? -1 : b === HOME_CURRENCY ? 1 : a < b ? -1 : 1;

/** MoneyTotals as JSON, minor units as integer strings: what a report job checkpoints between function runs. */
export interface SavedTotal<K extends string = string> {
  key: K;
  currency: string;
  minor: string;
  count: number;
}

/** Sums keyed by a row key and a currency; currencies are never mixed. */
export class MoneyTotals<K extends string = string> {
  static revive<K extends string>(saved: ReadonlyArray<SavedTotal<K>>): MoneyTotals<K> {
    const totals = new MoneyTotals<K>();
    for (const entry of saved) totals.add(entry.key, entry.currency, BigInt(entry.minor), entry.count);
    return totals;
  }

  save(): Array<SavedTotal<K>> {
    return this.entries().map((e) => ({ key: e.key, currency: e.currency, minor: String(e.minor), count: e.count }));
  }

  private readonly sums = new Map<string, { key: K; currency: string; minor: bigint; count: number }>();

  add(key: K, currency: string, minor: bigint, count = 1): void {
    const id = `${key}\u0000${currency}`;
    const entry = this.sums.get(id) ?? { key, currency, minor: 0n, count: 0 };
    entry.minor += minor;
    entry.count += count;
    this.sums.set(id, entry);
  }

  get(key: K, currency: string): { minor: bigint; count: number } | undefined {
    return this.sums.get(`${key}\u0000${currency}`);
  }

  entries(): Array<{ key: K; currency: string; minor: bigint; count: number }> {
    return [...this.sums.values()];
  }

  currencies(): string[] {
    return [...new Set(this.entries().map((e) => e.currency))].sort(currencyOrder);
  }
}
