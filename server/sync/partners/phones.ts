// Phones: Metakocka keeps free text ("041 555 666"); Twenty needs a country code (contract/README.md u5, b4).
// Canonical form on both sides: "+<calling code><national number>".

const CALLING_CODES: Record<string, string> = { SI: '+386', HR: '+385', AT: '+43', IT: '+39', HU: '+36', DE: '+49', RS: '+381', BA: '+387', ME: '+382', MK: '+389', CH: '+41', FR: '+33', GB: '+44', US: '+1' };
const COUNTRY_BY_CALLING = new Map(Object.entries(CALLING_CODES).map(([country, code]) => [code, country]));

// Country names as Metakocka writes them (Slovenian or English, API.md §3.1), for numbers written without a prefix.
const COUNTRY_BY_NAME: Record<string, string> = {
  slovenija: 'SI', slovenia: 'SI', si: 'SI', hrvaška: 'HR', hrvaska: 'HR', croatia: 'HR', hr: 'HR', avstrija: 'AT', austria: 'AT', at: 'AT',
  italija: 'IT', italy: 'IT', it: 'IT', madžarska: 'HU', hungary: 'HU', hu: 'HU', nemčija: 'DE', germany: 'DE', de: 'DE', srbija: 'RS', serbia: 'RS',
};

export const countryIso = (countryName: string): string => COUNTRY_BY_NAME[countryName.trim().toLowerCase()] ?? 'SI';

/** Free-text phone → "+38641555666", or null when it holds no usable number. Numbers without a prefix take the partner's country. */
export function canonicalPhone(raw: string, countryName: string): string | null {
  const compact = raw.replace(/[\s\-().\/]/g, '');
  if (compact === '') return null;
  const international = compact.startsWith('+') ? compact : compact.startsWith('00') ? `+${compact.slice(2)}` : null;
  if (international) {
    const digits = international.slice(1);
    for (let len = 1; len <= 3; len += 1) {
      const code = `+${digits.slice(0, len)}`;
      if (COUNTRY_BY_CALLING.has(code)) return /^\d{4,14}$/.test(digits.slice(len).replace(/^0/, '')) ? `${code}${digits.slice(len).replace(/^0/, '')}` : null;
    }
    return null;
  }
  const national = compact.replace(/^0/, '');
  return /^\d{4,14}$/.test(national) ? `${CALLING_CODES[countryIso(countryName)]}${national}` : null;
}

/** Canonical phone → Twenty's Phones composite (number, ISO country, calling code). */
export function phoneToTwenty(canonical: string | null) {
  if (!canonical) return { primaryPhoneNumber: '', primaryPhoneCountryCode: '', primaryPhoneCallingCode: '' };
  for (let len = 2; len <= 4; len += 1) {
    const code = canonical.slice(0, len);
    const country = COUNTRY_BY_CALLING.get(code);
    if (country) return { primaryPhoneNumber: canonical.slice(len), primaryPhoneCountryCode: country, primaryPhoneCallingCode: code };
  }
  return { primaryPhoneNumber: '', primaryPhoneCountryCode: '', primaryPhoneCallingCode: '' };
}

/** Twenty's Phones composite → canonical form. */
export function phoneFromTwenty(phones: { primaryPhoneNumber?: string | null; primaryPhoneCallingCode?: string | null; primaryPhoneCountryCode?: string | null } | null | undefined): string | null {
  const number = (phones?.primaryPhoneNumber ?? '').replace(/\D/g, '');
  if (number === '') return null;
  const calling = phones?.primaryPhoneCallingCode || CALLING_CODES[(phones?.primaryPhoneCountryCode ?? '').toUpperCase()] || '+386';
  return `${calling}${number.replace(/^0/, '')}`;
}
