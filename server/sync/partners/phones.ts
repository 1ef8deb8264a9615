// Phones: Metakocka keeps free text ("041 555 666"); Twenty needs a country code (contract/README.md u5, b4).
// Canonical form on both sides: "+<calling code><national number>", one trunk zero dropped. The calling codes come from
// libphonenumber-js: a hand-kept table of fourteen read a Czech "+420 …" pushed from Twenty back as no number, and the
// sync then cleared it. Its per-country length rules are not applied: they would drop numbers Metakocka holds.
import {
  getCountries,
  getCountryCallingCode,
  isSupportedCountry,
  parsePhoneNumberFromString,
  type CountryCode,
} from 'libphonenumber-js';

const HOME_COUNTRY: CountryCode = 'SI';

// Country names as Metakocka writes them, in Slovenian or English (API.md §3.1), without č/š/ž and in lower case.
const COUNTRY_BY_NAME: Record<string, CountryCode> = {
  slovenija: 'SI',
  slovenia: 'SI',
  hrvaska: 'HR',
  croatia: 'HR',
  avstrija: 'AT',
  austria: 'AT',
  italija: 'IT',
  italy: 'IT',
  madzarska: 'HU',
  hungary: 'HU',
  nemcija: 'DE',
  germany: 'DE',
  srbija: 'RS',
  serbia: 'RS',
  'bosna in hercegovina': 'BA',
  'bosnia and herzegovina': 'BA',
  'crna gora': 'ME',
  montenegro: 'ME',
  'severna makedonija': 'MK',
  makedonija: 'MK',
  'north macedonia': 'MK',
  svica: 'CH',
  switzerland: 'CH',
  francija: 'FR',
  france: 'FR',
  'velika britanija': 'GB',
  'zdruzeno kraljestvo': 'GB',
  'united kingdom': 'GB',
  ceska: 'CZ',
  'ceska republika': 'CZ',
  czechia: 'CZ',
  'czech republic': 'CZ',
  slovaska: 'SK',
  slovakia: 'SK',
  poljska: 'PL',
  poland: 'PL',
  nizozemska: 'NL',
  netherlands: 'NL',
  belgija: 'BE',
  belgium: 'BE',
  spanija: 'ES',
  spain: 'ES',
  'zdruzene drzave amerike': 'US',
  zda: 'US',
  'united states': 'US',
  usa: 'US',
};

const folded = (text: string) =>
  text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .trim()
    .toLowerCase();

function callingCodeOf(countryCode: string): string {
  const code = countryCode.toUpperCase();
  return `+${getCountryCallingCode(isSupportedCountry(code) ? code : HOME_COUNTRY)}`;
}

/** Every calling code there is, longest first, so "+3861…" reads as Slovenia's +386, never as a shorter code. */
const CALLING_CODES = [...new Set(getCountries().map((country) => `+${getCountryCallingCode(country)}`))].sort(
  (a, b) => b.length - a.length,
);

/** The partner's country, written as a name in either language or as an ISO-2 code (API.md §3.1); Slovenia when unknown. */
export function countryIso(country: string): CountryCode {
  const code = country.trim().toUpperCase();
  if (/^[A-Z]{2}$/.test(code) && isSupportedCountry(code)) return code;
  return COUNTRY_BY_NAME[folded(country)] ?? HOME_COUNTRY;
}

/** Free-text phone → "+38641555666", or null when it holds no usable number. Numbers without a prefix take the partner's country. */
export function canonicalPhone(raw: string, countryName: string): string | null {
  // "(0)" marks a trunk zero dialled only at home: "+386 (0)41 …" is "+386 41 …".
  const compact = raw.replace(/\(0\)/g, '').replace(/[\s\-()./]/g, '');
  if (compact === '') return null;
  const international = compact.startsWith('+') ? compact.slice(1) : compact.startsWith('00') ? compact.slice(2) : null;
  if (international === null) return withCallingCode(callingCodeOf(countryIso(countryName)), compact);
  const calling = CALLING_CODES.find((code) => international.startsWith(code.slice(1)));
  return calling ? withCallingCode(calling, international.slice(calling.length - 1)) : null;
}

const withCallingCode = (calling: string, national: string): string | null => {
  const digits = national.replace(/^0/, '');
  return /^\d{4,14}$/.test(digits) ? `${calling}${digits}` : null;
};

const NO_PHONE = { primaryPhoneNumber: '', primaryPhoneCountryCode: '', primaryPhoneCallingCode: '' };

/** Canonical phone → Twenty's Phones composite (number, ISO country when the number tells it, calling code). */
export function phoneToTwenty(canonical: string | null) {
  const calling = canonical ? CALLING_CODES.find((code) => canonical.startsWith(code)) : undefined;
  if (!canonical || !calling) return NO_PHONE;
  const country = parsePhoneNumberFromString(canonical)?.country ?? '';
  return {
    primaryPhoneNumber: canonical.slice(calling.length),
    primaryPhoneCountryCode: country,
    primaryPhoneCallingCode: calling,
  };
}

/** Twenty's Phones composite → canonical form. */
export function phoneFromTwenty(
  phones:
    | {
        primaryPhoneNumber?: string | null;
        primaryPhoneCallingCode?: string | null;
        primaryPhoneCountryCode?: string | null;
      }
    | null
    | undefined,
): string | null {
  const number = (phones?.primaryPhoneNumber ?? '').replace(/\D/g, '');
  if (number === '') return null;
  const calling = phones?.primaryPhoneCallingCode || callingCodeOf(phones?.primaryPhoneCountryCode ?? '');
  return `${calling}${number.replace(/^0/, '')}`;
}
