// Exact decimal arithmetic for money (document totals, product prices): values are bigint units at a power-of-ten
// scale, never floats.
// Parsing of Metakocka's number forms ("0,5", "1.895,01"; API.md §1.5) is the client's (server/metakocka/values.ts);
// this module only turns its canonical decimal strings into arithmetic.
import { parseMkDecimal } from 'server/metakocka/values';

export interface Decimal {
  readonly units: bigint;
  readonly scale: number; // value = units / 10^scale
}

const pow10 = (n: number): bigint => 10n ** BigInt(n);

export const ZERO: Decimal = { units: 0n, scale: 0 };

export function decimal(units: bigint, scale: number): Decimal {
  return { units, scale };
}

/** A Metakocka number (any of its written forms, or the client's canonical string) as an exact decimal. */
export function parseDecimal(raw: string | bigint): Decimal {
  if (typeof raw === 'bigint') return { units: raw, scale: 0 };
  const canonical: string = parseMkDecimal(raw);
  const negative = canonical.startsWith('-');
  const [intPart = '0', fracPart = ''] = canonical.replace('-', '').split('.');
  const units = BigInt(`${intPart}${fracPart}`);
  return { units: negative ? -units : units, scale: fracPart.length };
}

function align(a: Decimal, b: Decimal): [bigint, bigint, number] {
  const scale = Math.max(a.scale, b.scale);
  return [a.units * pow10(scale - a.scale), b.units * pow10(scale - b.scale), scale];
}

export function add(a: Decimal, b: Decimal): Decimal {
  const [x, y, scale] = align(a, b);
  return { units: x + y, scale };
}

export function sub(a: Decimal, b: Decimal): Decimal {
  const [x, y, scale] = align(a, b);
  return { units: x - y, scale };
}

export function mul(a: Decimal, b: Decimal): Decimal {
  return { units: a.units * b.units, scale: a.scale + b.scale };
}

export function compare(a: Decimal, b: Decimal): -1 | 0 | 1 {
  const [x, y] = align(a, b);
  return x < y ? -1 : x > y ? 1 : 0;
}

export const isZero = (a: Decimal): boolean => a.units === 0n;

/** Integer division of two bigints rounding half away from zero (commercial rounding, "half up" on magnitudes). */
export function divRoundHalfUp(numerator: bigint, denominator: bigint): bigint {
  if (denominator === 0n) throw new RangeError('Division by zero');
  const negative = numerator < 0n !== denominator < 0n;
  const n = numerator < 0n ? -numerator : numerator;
  const d = denominator < 0n ? -denominator : denominator;
  const q = (2n * n + d) / (2n * d);
  return negative ? -q : q;
}

/** Rounds to `scale` places, half away from zero, and returns the units at that scale (scale 2 gives minor units). */
export function roundToUnits(a: Decimal, scale: number): bigint {
  if (a.scale <= scale) return a.units * pow10(scale - a.scale);
  return divRoundHalfUp(a.units, pow10(a.scale - scale));
}

/** a / b rounded half up to `scale` places. */
export function divideToUnits(a: Decimal, b: Decimal, scale: number): bigint {
  // a/b = (a.units / 10^a.scale) / (b.units / 10^b.scale); scaled by 10^scale.
  const exponent = scale - a.scale + b.scale;
  const numerator = exponent >= 0 ? a.units * pow10(exponent) : a.units;
  const denominator = exponent >= 0 ? b.units : b.units * pow10(-exponent);
  return divRoundHalfUp(numerator, denominator);
}

/** Exact minor units (hundredths) of a value, or null when it has non-zero digits beyond the cent. */
export function exactMinor(a: Decimal): bigint | null {
  if (a.scale <= 2) return a.units * pow10(2 - a.scale);
  const divisor = pow10(a.scale - 2);
  return a.units % divisor === 0n ? a.units / divisor : null;
}

/** Canonical dot-decimal string without trailing zeros ("8.5", "62", "-0.05"). */
export function toPlainString(a: Decimal): string {
  const negative = a.units < 0n;
  const digits = (negative ? -a.units : a.units).toString().padStart(a.scale + 1, '0');
  const intPart = a.scale ? digits.slice(0, -a.scale) : digits;
  const fracPart = a.scale ? digits.slice(-a.scale).replace(/0+$/, '') : '';
  const body = fracPart ? `${intPart}.${fracPart}` : intPart;
  return negative && body !== '0' ? `-${body}` : body;
}

/** Minor units as a dot-decimal string with two places ("1895.01"). */
export function minorToString(minor: bigint): string {
  const negative = minor < 0n;
  const digits = (negative ? -minor : minor).toString().padStart(3, '0');
  return `${negative ? '-' : ''}${digits.slice(0, -2)}.${digits.slice(-2)}`;
}
