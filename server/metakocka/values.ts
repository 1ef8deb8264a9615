// Metakocka wire values into exact types: decimal strings and integer minor units (never floats), calendar dates and
// instants with Europe/Ljubljana explicit, single objects into arrays (API.md §1.5, §6 items 2-4).
import { TZDate } from '@date-fns/tz';
import { format } from 'date-fns';

import { catalogued, SyncError } from 'server/errors';

export const METAKOCKA_ZONE = 'Europe/Ljubljana' as const;

/** A canonical decimal string: optional '-', no leading zeros, '.' as separator, no trailing fraction zeros ("0.5", "1895.01", "4"). */
export type Decimal = string & { readonly __decimal: true };
/** A calendar date as Metakocka means it: the day in Ljubljana. */
export interface MkDate {
  date: string;
  zone: typeof METAKOCKA_ZONE;
}
/** A timestamp: the instant (UTC ISO) and the Ljubljana calendar date as written on the wire. */
export interface MkTimestamp {
  instant: string;
  date: MkDate;
}

/** What a value should have been: a term key of MK_VALUE's `kind` in the error catalogue. */
export type MkValueKind =
  | 'number'
  | 'count'
  | 'id'
  | 'text'
  | 'boolean'
  | 'date'
  | 'timestamp'
  | 'instant'
  | 'decimals'
  | 'safeRange'
  | 'minorUnits'
  | 'isoDate';

/** A value not in a form Metakocka uses: the value as written (cut short) and what it should have been, so the
 *  sentence is worded in each reader's language (MK_VALUE). */
export class MkValueError extends SyncError {
  readonly code = 'MK_VALUE';
  readonly retryable = false;
  constructor(
    readonly kind: MkValueKind,
    raw: unknown,
    extra: { scale?: number } = {},
  ) {
    const value = (JSON.stringify(raw) ?? String(raw)).slice(0, 60);
    super(catalogued('MK_VALUE', { kind, value, ...extra }));
  }
}

// ---- numbers -------------------------------------------------------------------------------------------------

const canonical = (negative: boolean, intDigits: string, fracDigits: string): Decimal => {
  const int = intDigits.replace(/^0+(?=\d)/, '') || '0';
  const frac = fracDigits.replace(/0+$/, '');
  const zero = /^0*$/.test(int) && frac === '';
  return `${negative && !zero ? '-' : ''}${int}${frac ? `.${frac}` : ''}` as Decimal;
};

/**
 * Parses both decimal formats Metakocka sends: "24.8", "0,5", "1.895,01", "4.0000000000", "122.00", "100".
 * Rule of two careful clients (API.md §1.5): if both '.' and ',' occur the last one is the decimal separator;
 * a lone comma is a decimal comma; several dots (and no comma) are Slovenian thousands separators ("1.234.567").
 */
export function parseMkDecimal(raw: string): Decimal {
  const text = raw.trim().replace(/\s/g, '');
  const match = /^([+-]?)([\d.,]+)$/.exec(text);
  if (!match || !/\d/.test(match[2]!)) throw new MkValueError('number', raw);
  const negative = match[1] === '-';
  const body = match[2]!;
  const lastDot = body.lastIndexOf('.');
  const lastComma = body.lastIndexOf(',');
  let intPart: string;
  let fracPart = '';
  if (lastDot >= 0 && lastComma >= 0) {
    const decimalAt = Math.max(lastDot, lastComma);
    const thousands = decimalAt === lastDot ? ',' : '.';
    intPart = stripThousands(body.slice(0, decimalAt), thousands, raw);
    fracPart = body.slice(decimalAt + 1);
  } else if (lastComma >= 0) {
    if (body.indexOf(',') !== lastComma) throw new MkValueError('number', raw);
    intPart = body.slice(0, lastComma);
    fracPart = body.slice(lastComma + 1);
  } else if (lastDot >= 0 && body.indexOf('.') !== lastDot) {
    intPart = stripThousands(body, '.', raw);
  } else if (lastDot >= 0) {
    intPart = body.slice(0, lastDot);
    fracPart = body.slice(lastDot + 1);
  } else {
    intPart = body;
  }
  if (!/^\d*$/.test(fracPart) || !/^\d*$/.test(intPart) || intPart + fracPart === '')
    throw new MkValueError('number', raw);
  return canonical(negative, intPart, fracPart);
}

function stripThousands(part: string, separator: string, raw: string): string {
  const groups = part.split(separator);
  const valid =
    groups.length > 1 && /^\d{1,3}$/.test(groups[0]!) && groups.slice(1).every((group) => /^\d{3}$/.test(group));
  if (!valid) throw new MkValueError('number', raw);
  return groups.join('');
}

/** Exact minor units (cents for scale 2). Refuses to drop digits unless rounding is asked for explicitly. */
export function decimalToMinorUnits(
  value: Decimal | string,
  scale = 2,
  rounding: 'exact' | 'half-up' = 'exact',
): number {
  const decimal = parseMkDecimal(value);
  const negative = decimal.startsWith('-');
  const [int = '0', frac = ''] = decimal.replace('-', '').split('.');
  let minor = BigInt(int + frac.slice(0, scale).padEnd(scale, '0'));
  const dropped = frac.slice(scale);
  if (/[1-9]/.test(dropped)) {
    if (rounding === 'exact') throw new MkValueError('decimals', value, { scale });
    if (Number(dropped[0]) >= 5) minor += 1n;
  }
  const signed = negative ? -minor : minor;
  if (signed > BigInt(Number.MAX_SAFE_INTEGER) || signed < BigInt(Number.MIN_SAFE_INTEGER))
    throw new MkValueError('safeRange', value);
  return Number(signed);
}

export function minorUnitsToDecimal(minor: number | bigint, scale = 2): Decimal {
  if (typeof minor === 'number' && !Number.isSafeInteger(minor)) throw new MkValueError('minorUnits', minor);
  const big = BigInt(minor);
  const negative = big < 0n;
  const digits = (negative ? -big : big).toString().padStart(scale + 1, '0');
  return canonical(negative, digits.slice(0, digits.length - scale), digits.slice(digits.length - scale));
}

export const parseMkMinorUnits = (raw: string, scale = 2): number => decimalToMinorUnits(parseMkDecimal(raw), scale);

export function parseMkBoolean(raw: string | boolean): boolean {
  if (typeof raw === 'boolean') return raw;
  const text = raw.trim().toLowerCase();
  if (text === 'true' || text === '1') return true;
  if (text === 'false' || text === '0' || text === '') return false;
  throw new MkValueError('boolean', raw);
}

// ---- dates ---------------------------------------------------------------------------------------------------

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function calendarDate(year: number, month: number, day: number, raw: unknown): MkDate {
  const check = new Date(Date.UTC(year, month - 1, day));
  if (
    year < 1900 ||
    year > 2999 ||
    check.getUTCFullYear() !== year ||
    check.getUTCMonth() !== month - 1 ||
    check.getUTCDate() !== day
  ) {
    throw new MkValueError('date', raw);
  }
  return { date: `${pad(year, 4)}-${pad(month)}-${pad(day)}`, zone: METAKOCKA_ZONE };
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})(?:[+-]\d{2}:\d{2}|Z)?$/;
const DOTTED_DATE = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/;
const TIMESTAMP = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,3}))?)?(Z|[+-]\d{2}:\d{2})$/;

/**
 * "2015-05-08+02:00", "12.03.2011" / "3.3.2015", "2020-10-24", or a timestamp (its written date).
 * The +02:00 of dates is a fixed suffix even in winter (API.md §1.5: "2018-12-27+02:00"), so the offset is ignored:
 * the digits are the Ljubljana calendar day.
 */
export function parseMkDate(raw: string): MkDate {
  const text = raw.trim();
  const iso = ISO_DATE.exec(text) ?? TIMESTAMP.exec(text);
  if (iso) return calendarDate(Number(iso[1]), Number(iso[2]), Number(iso[3]), raw);
  const dotted = DOTTED_DATE.exec(text);
  if (dotted) return calendarDate(Number(dotted[3]), Number(dotted[2]), Number(dotted[1]), raw);
  throw new MkValueError('date', raw);
}

/**
 * "2023-06-14T14:30:04+02:00": the instant as sent, plus the calendar date as written (its wall clock is Ljubljana's;
 * API.md §1.5 shows the offset can be a fixed suffix, so the written day is kept rather than recomputed).
 */
export function parseMkTimestamp(raw: string): MkTimestamp {
  const match = TIMESTAMP.exec(raw.trim());
  if (!match) throw new MkValueError('timestamp', raw);
  const [, y, mo, d, h, mi, s = '00', ms = '0', zone] = match;
  const date = calendarDate(Number(y), Number(mo), Number(d), raw);
  if (Number(h) > 23 || Number(mi) > 59 || Number(s) > 59) throw new MkValueError('timestamp', raw);
  const instant = new Date(`${date.date}T${h}:${mi}:${s}.${ms.padEnd(3, '0')}${zone === 'Z' ? 'Z' : zone}`);
  return { instant: instant.toISOString(), date };
}

/** The Ljubljana calendar day of an instant (e.g. "today" for a new document). */
export function ljubljanaDateOf(instant: Date | string): MkDate {
  const zoned = new TZDate(new Date(instant).getTime(), METAKOCKA_ZONE);
  return { date: format(zoned, 'yyyy-MM-dd'), zone: METAKOCKA_ZONE };
}

const dateParts = (date: MkDate | string) => {
  const text = typeof date === 'string' ? date : date.date;
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (!match) throw new MkValueError('isoDate', text);
  return calendarDate(Number(match[1]), Number(match[2]), Number(match[3]), text).date.split('-') as [
    string,
    string,
    string,
  ];
};

/** Document writes: dd.mm.yyyy, the form a live probe found always accepted (API.md §1.5, "Recommendation"). */
export function formatDocumentDate(date: MkDate | string): string {
  const [y, m, d] = dateParts(date);
  return `${d}.${m}.${y}`;
}

/** Search filters (last_change_from/to): Ljubljana wall clock with its real offset, which search accepts (API.md §1.5, MCP). */
export function formatSearchTimestamp(instant: Date | string): string {
  const time = new Date(instant).getTime();
  if (Number.isNaN(time)) throw new MkValueError('instant', instant);
  return format(new TZDate(time, METAKOCKA_ZONE), "yyyy-MM-dd'T'HH:mm:ssxxx");
}

/** Search filters doc_date_from/to: the day with the real Ljubljana offset of its midnight (API.md §1.5, MCP). */
export function formatSearchDate(date: MkDate | string): string {
  const [y, m, d] = dateParts(date);
  const midnight = new TZDate(Number(y), Number(m) - 1, Number(d), METAKOCKA_ZONE);
  return `${y}-${m}-${d}${format(midnight, 'xxx')}`;
}

// ---- lists ---------------------------------------------------------------------------------------------------

/** Single items arrive as objects, not one-element lists (API.md §6, item 4); absent lists as nothing. */
export function asArray<T>(value: T | T[] | null | undefined): T[] {
  if (value === undefined || value === null || value === '') return [];
  return Array.isArray(value) ? value : [value];
}
