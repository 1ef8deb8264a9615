/**
 * Exact decimals for the sandbox: a value is a bigint counting 1e-8 units, so sums and VAT never touch floats
 * (team rule: money exact). Parsing follows the careful-client rule of API.md §1.5: when both '.' and ',' occur,
 * the last one is the decimal separator; a lone comma is a decimal comma.
 */
export type Dec = bigint;
export const SCALE = 100_000_000n;
const DIGITS = 8;

const PLAIN = /^-?\d+([.,]\d+)?$/;
// Grouping needs both separators ("1.895,01", API.md §1.5 mark_paid); a lone '.' or ',' is the decimal separator,
// so "0.095" is 0.095 and "1,5" is 1.5 (the careful-client rule of §1.5).
const GROUPED_COMMA = /^-?\d{1,3}(\.\d{3})+,\d+$/;
const GROUPED_DOT = /^-?\d{1,3}(,\d{3})+\.\d+$/;

/** Parses a Metakocka number (string or JSON number); null when it is not a number. */
export function parseDecimal(input: unknown): Dec | null {
  if (typeof input === 'number' && Number.isFinite(input)) return parseDecimal(String(input));
  if (typeof input !== 'string') return null;
  const s = input.trim();
  let normal: string;
  if (GROUPED_COMMA.test(s)) normal = s.replace(/\./g, '').replace(',', '.');
  else if (GROUPED_DOT.test(s)) normal = s.replace(/,/g, '');
  else if (PLAIN.test(s)) normal = s.replace(',', '.');
  else return null;
  const negative = normal.startsWith('-');
  const [whole = '0', frac = ''] = normal.replace('-', '').split('.');
  // Round half up on the ninth decimal rather than refuse long fixed-precision values (API.md §1.5 "4.0000000000").
  const kept = (frac + '0'.repeat(DIGITS)).slice(0, DIGITS);
  let units = BigInt(whole) * SCALE + BigInt(kept);
  if (frac.length > DIGITS && Number(frac[DIGITS]) >= 5) units += 1n;
  return negative ? -units : units;
}

export const dec = (s: string): Dec => {
  const v = parseDecimal(s);
  if (v === null) throw new Error(`not a decimal: ${s}`);
  return v;
};

export const fromInt = (n: number | bigint): Dec => BigInt(n) * SCALE;

function divRound(n: bigint, d: bigint): bigint {
  const negative = n < 0n !== d < 0n;
  const an = n < 0n ? -n : n;
  const ad = d < 0n ? -d : d;
  const q = (an + ad / 2n) / ad;
  return negative ? -q : q;
}

export const mul = (a: Dec, b: Dec): Dec => divRound(a * b, SCALE);
export const div = (a: Dec, b: Dec): Dec => divRound(a * SCALE, b);

/** Rounds half away from zero to `places` decimals (cents by default). */
export function round(a: Dec, places = 2): Dec {
  const step = 10n ** BigInt(DIGITS - places);
  return divRound(a, step) * step;
}

export const sum = (values: Iterable<Dec>): Dec => {
  let total = 0n;
  for (const v of values) total += v;
  return total;
};

function split(a: Dec): { sign: string; whole: string; frac: string } {
  const abs = a < 0n ? -a : a;
  return {
    sign: a < 0n ? '-' : '',
    whole: (abs / SCALE).toString(),
    frac: (abs % SCALE).toString().padStart(DIGITS, '0'),
  };
}

/** Dot decimal with trailing zeros trimmed: "62", "13.64", "8.5" (the common wire form, API.md §1.5, §8.3). */
export function formatPlain(a: Dec): string {
  const { sign, whole, frac } = split(a);
  const f = frac.replace(/0+$/, '');
  return f ? `${sign}${whole}.${f}` : `${sign}${whole}`;
}

/** Fixed decimals with the chosen separator: "122.00" or "209,00" (API.md §1.5). */
export function formatFixed(a: Dec, places: number, separator: '.' | ',' = '.'): string {
  const { sign, whole, frac } = split(round(a, places));
  return places === 0 ? `${sign}${whole}` : `${sign}${whole}${separator}${frac.slice(0, places)}`;
}

/** Comma decimal with trailing zeros trimmed: "863,75", "0,5" (stock and weight fields, API.md §1.5). */
export const formatComma = (a: Dec): string => formatPlain(a).replace('.', ',');

/** Slovenian money: thousands dot, decimal comma, two places: "1.895,01" (mark_paid amounts, API.md §1.5, §6 item 2). */
export function formatSlovenian(a: Dec): string {
  const { sign, whole, frac } = split(round(a, 2));
  return `${sign}${whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.')},${frac.slice(0, 2)}`;
}
