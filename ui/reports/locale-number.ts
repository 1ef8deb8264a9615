// Numbers as a member types them in their language: "1.234,56" in Slovenian, "1,234.56" in English; grouping is
// optional ("1234,56"), but where it is used every group after the first has three digits, so "12.5" in Slovenian is
// refused rather than read as 125 or 12.5. Read as a plain decimal string, and money on to whole minor units with
// BigInt, never through a float.
import { LOCALES, type Language } from 'plugin/constants/plural';

export type NumberRefusal = 'notNumber' | 'negative' | 'tooPrecise' | 'tooLarge';
export type ReadNumber = { ok: true; decimal: string } | { ok: false; refusal: NumberRefusal };

function separators(language: Language) {
  const parts = new Intl.NumberFormat(LOCALES[language]).formatToParts(1234567.5);
  return {
    group: parts.find((part) => part.type === 'group')!.value,
    decimal: parts.find((part) => part.type === 'decimal')!.value,
  };
}

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The typed text as a plain decimal ("1234.56"), with at most `fractionDigits` decimals and 13 whole digits. */
export function readLocaleDecimal(language: Language, typed: string, fractionDigits: number): ReadNumber {
  const { group, decimal } = separators(language);
  // Spaces group digits in both languages too (and Intl's sl-SI grouping may be a no-break space).
  const text = typed.trim().replace(/[\s\u00a0\u202f]/g, group === '.' || group === ',' ? '' : group);
  if (/^[-−]/.test(text))
    return /\d/.test(text) ? { ok: false, refusal: 'negative' } : { ok: false, refusal: 'notNumber' };
  const shape = new RegExp(`^(\\d{1,3}(?:${escape(group)}\\d{3})+|\\d+)(?:${escape(decimal)}(\\d+))?$`);
  const match = shape.exec(text);
  if (!match) return { ok: false, refusal: 'notNumber' };
  const whole = match[1]!
    .split(group)
    .join('')
    .replace(/^0+(?=\d)/, '');
  const fraction = (match[2] ?? '').replace(/0+$/, '');
  if (fraction.length > fractionDigits) return { ok: false, refusal: 'tooPrecise' };
  if (whole.length > 13) return { ok: false, refusal: 'tooLarge' };
  return { ok: true, decimal: fraction ? `${whole}.${fraction}` : whole };
}

/** A plain decimal with at most two places as whole minor units (cents). */
export function minorUnits(decimal: string): bigint {
  const [whole, fraction = ''] = decimal.split('.');
  return BigInt(whole!) * 100n + BigInt(fraction.padEnd(2, '0'));
}

/** Minor units back as the plain decimal the server stores ("1234.56"). */
export const decimalOfMinor = (minor: bigint): string => `${minor / 100n}.${String(minor % 100n).padStart(2, '0')}`;

/** A stored plain decimal as the member would type it, so the form starts from what is saved. */
export const typedOf = (language: Language, value: string | number, fractionDigits: number): string =>
  new Intl.NumberFormat(LOCALES[language], { maximumFractionDigits: fractionDigits, useGrouping: true }).format(
    value as number, // a decimal string formats exactly (Intl.NumberFormat v3)
  );
