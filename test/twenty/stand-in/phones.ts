/**
 * Phone normalisation as captured: "+38641234567" is split into number / country / calling code (u4),
 * an unknown country code is INVALID_PHONE_COUNTRY_CODE (b4), a local number without any country or calling
 * code is INVALID_PHONE_NUMBER (u5). The table covers the calling codes this project meets; an unknown
 * international prefix is rejected (stricter than libphonenumber on the real server).
 */
import { errors } from './errors';

const CALLING_CODES: Record<string, string> = {
  SI: '+386',
  HR: '+385',
  AT: '+43',
  IT: '+39',
  HU: '+36',
  DE: '+49',
  RS: '+381',
  BA: '+387',
  ME: '+382',
  MK: '+389',
  CH: '+41',
  FR: '+33',
  GB: '+44',
  IE: '+353',
  ES: '+34',
  PT: '+351',
  NL: '+31',
  BE: '+32',
  LU: '+352',
  PL: '+48',
  CZ: '+420',
  SK: '+421',
  RO: '+40',
  BG: '+359',
  GR: '+30',
  DK: '+45',
  SE: '+46',
  NO: '+47',
  FI: '+358',
  EE: '+372',
  LV: '+371',
  LT: '+370',
  CY: '+357',
  MT: '+356',
  US: '+1',
  CA: '+1',
  AU: '+61',
  NZ: '+64',
  JP: '+81',
  CN: '+86',
  IN: '+91',
  BR: '+55',
  MX: '+52',
  TR: '+90',
  UA: '+380',
  RU: '+7',
  IL: '+972',
  ZA: '+27',
  AE: '+971',
  SG: '+65',
  AL: '+355',
  XK: '+383',
  IS: '+354',
  LI: '+423',
  MC: '+377',
  SM: '+378',
  AD: '+376',
};

// +1 and +7 are shared; the first country listed wins (US, RU) as libphonenumber's "main country" does.
const COUNTRY_BY_CALLING: Map<string, string> = new Map();
for (const [country, code] of Object.entries(CALLING_CODES))
  if (!COUNTRY_BY_CALLING.has(code)) COUNTRY_BY_CALLING.set(code, country);

export interface Phone {
  number: string | null;
  countryCode: string | null;
  callingCode: string | null;
}

/** Returns the normalised phone, or all-null when no number was given. */
export function normalisePhone(number: unknown, countryCode: unknown, callingCode: unknown): Phone {
  const country = typeof countryCode === 'string' && countryCode !== '' ? countryCode.toUpperCase() : null;
  if (country !== null && !(country in CALLING_CODES)) throw errors.invalidCountryCode(String(countryCode));
  const raw = typeof number === 'string' ? number.replace(/[\s\-().]/g, '') : number == null ? '' : String(number);
  if (raw === '')
    return {
      number: null,
      countryCode: country,
      callingCode: country ? CALLING_CODES[country]! : nullIfEmpty(callingCode),
    };
  if (raw.startsWith('+')) {
    const digits = raw.slice(1);
    for (let len = 1; len <= 3; len++) {
      const code = `+${digits.slice(0, len)}`;
      const found = COUNTRY_BY_CALLING.get(code);
      if (!found) continue;
      const national = digits.slice(len).replace(/^0/, '');
      if (!/^\d{4,14}$/.test(national)) throw errors.invalidPhone(String(number));
      const sameCode = country !== null && CALLING_CODES[country] === code;
      return { number: national, countryCode: sameCode ? country : found, callingCode: code };
    }
    throw errors.invalidPhone(String(number));
  }
  if (!/^\d{4,15}$/.test(raw)) throw errors.invalidPhone(String(number));
  const calling = nullIfEmpty(callingCode);
  if (country) return { number: raw.replace(/^0/, ''), countryCode: country, callingCode: CALLING_CODES[country]! };
  if (calling && COUNTRY_BY_CALLING.has(calling))
    return { number: raw.replace(/^0/, ''), countryCode: COUNTRY_BY_CALLING.get(calling)!, callingCode: calling };
  throw errors.invalidPhone(String(number)); // u5: a local number needs a country or calling code
}

function nullIfEmpty(value: unknown): string | null {
  return typeof value === 'string' && value !== '' ? value : null;
}
