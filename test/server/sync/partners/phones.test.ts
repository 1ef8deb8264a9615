// Phones: Metakocka keeps free text, Twenty a number with its country (server/sync/partners/phones.ts). Each test is
// something a user sees: one number written two ways is one number, and a number survives the trip between the two.
import fc from 'fast-check';
import { canonicalPhone, countryIso, phoneFromTwenty, phoneToTwenty } from 'server/sync/partners/phones';

describe('canonicalPhone: one number, however Metakocka has it written', () => {
  it.each([
    '041 123 456',
    '+386 41 123 456',
    '00386 41 123 456',
    '+386 (0)41 123 456',
    '041/123-456',
    '041.123.456',
    ' 041123456 ',
  ])('reads "%s" of a Slovenian partner as +38641123456', (written) =>
    expect(canonicalPhone(written, 'Slovenija')).toBe('+38641123456'),
  );

  it("gives a number without a prefix the code of the partner's country, Slovenian or English (API.md §3.1)", () => {
    expect(canonicalPhone('091 234 5678', 'Hrvaška')).toBe('+385912345678');
    expect(canonicalPhone('091 234 5678', 'Croatia')).toBe('+385912345678');
    expect(canonicalPhone('0664 123 4567', 'Avstrija')).toBe('+436641234567');
    expect(canonicalPhone('030 1234567', 'Nemčija')).toBe('+49301234567');
  });

  it("keeps the prefix a number is written with, whatever the partner's country", () => {
    expect(canonicalPhone('+43 664 123 4567', 'Slovenija')).toBe('+436641234567');
    expect(canonicalPhone('0049 30 1234567', 'Slovenija')).toBe('+49301234567');
  });

  it('takes Slovenia for a partner without a country, as most Metakocka partners are Slovenian', () => {
    expect(canonicalPhone('041 123 456', '')).toBe('+38641123456');
  });

  it.each([[''], ['   '], ['-'], ['ni telefona'], ['041 123 456 int. 12'], ['123'], ['+999 123 456']])(
    'finds no usable number in "%s" (Twenty then shows none)',
    (written) => expect(canonicalPhone(written, 'Slovenija')).toBeNull(),
  );

  // Bug: Twenty accepts any country's calling code, but only 14 are known here, so a Czech (+420), Polish (+48) or
  // Slovak (+421) number the sync pushes to Metakocka reads back as "no usable number", and the sync then clears the
  // phone in Twenty (seen with the stream: a person created with +420 601 123 456 has no phone after its push binds).
  it("reads back a number with a calling code outside the 14 it lists (e.g. a Czech customer's +420)", () => {
    const pushed = phoneFromTwenty({
      primaryPhoneNumber: '601123456',
      primaryPhoneCountryCode: 'CZ',
      primaryPhoneCallingCode: '+420',
    });
    expect(pushed).toBe('+420601123456');
    expect(canonicalPhone(pushed!, 'Slovenija')).toBe(pushed);
  });
});

describe("countryIso: the partner's country as Metakocka writes it", () => {
  it('reads names in either language, in any case and with or without č/š/ž', () => {
    expect(['Slovenija', 'SLOVENIA', ' slovenija ', 'SI'].map(countryIso)).toEqual(['SI', 'SI', 'SI', 'SI']);
    expect(['Hrvaška', 'HRVAŠKA', 'Hrvaska', 'Croatia'].map(countryIso)).toEqual(['HR', 'HR', 'HR', 'HR']);
    expect(['Madžarska', 'Nemčija', 'NEMČIJA', 'Srbija'].map(countryIso)).toEqual(['HU', 'DE', 'DE', 'RS']);
  });

  // API.md §3.1: `country` is a name or an ISO-2 code. The calling-code table knows RS, BA, ME, MK, CH, FR, GB and US,
  // but the name table does not recognise them all, so such a partner's national numbers get +386: Twenty then shows
  // a Slovenian number for a customer in Belgrade or Paris. Bug.
  it.each([
    ['064 123 4567', 'RS', '+381641234567'],
    ['01 23 45 67 89', 'Francija', '+33123456789'],
    ['061 123 456', 'Bosna in Hercegovina', '+38761123456'],
  ])('gives "%s" of a partner in "%s" that country\'s code (%s)', (written, country, expected) => {
    expect(canonicalPhone(written, country)).toBe(expected);
  });
});

describe("between Metakocka's text and Twenty's phone field", () => {
  it("fills Twenty's number, country and calling code", () => {
    expect(phoneToTwenty('+38641123456')).toEqual({
      primaryPhoneNumber: '41123456',
      primaryPhoneCountryCode: 'SI',
      primaryPhoneCallingCode: '+386',
    });
    expect(phoneToTwenty('+436641234567')).toEqual({
      primaryPhoneNumber: '6641234567',
      primaryPhoneCountryCode: 'AT',
      primaryPhoneCallingCode: '+43',
    });
    expect(phoneToTwenty('+12025550123')).toEqual({
      primaryPhoneNumber: '2025550123',
      primaryPhoneCountryCode: 'US',
      primaryPhoneCallingCode: '+1',
    });
  });

  it("clears Twenty's phone when Metakocka has no usable number", () => {
    expect(phoneToTwenty(null)).toEqual({
      primaryPhoneNumber: '',
      primaryPhoneCountryCode: '',
      primaryPhoneCallingCode: '',
    });
  });

  it('reads a number a user typed in Twenty with spaces or a trunk zero as the same number', () => {
    expect(
      phoneFromTwenty({
        primaryPhoneNumber: '041 123 456',
        primaryPhoneCallingCode: '+386',
        primaryPhoneCountryCode: 'SI',
      }),
    ).toBe('+38641123456');
    expect(phoneFromTwenty({ primaryPhoneNumber: '41-123-456', primaryPhoneCallingCode: '+386' })).toBe('+38641123456');
  });

  it("takes the calling code from the country when Twenty has none, and Slovenia's when it has neither", () => {
    expect(
      phoneFromTwenty({ primaryPhoneNumber: '912345678', primaryPhoneCallingCode: '', primaryPhoneCountryCode: 'hr' }),
    ).toBe('+385912345678');
    expect(
      phoneFromTwenty({ primaryPhoneNumber: '41123456', primaryPhoneCallingCode: null, primaryPhoneCountryCode: null }),
    ).toBe('+38641123456');
  });

  it('reads an empty or missing Twenty phone as no number', () => {
    expect(phoneFromTwenty(null)).toBeNull();
    expect(phoneFromTwenty(undefined)).toBeNull();
    expect(phoneFromTwenty({})).toBeNull();
    expect(
      phoneFromTwenty({ primaryPhoneNumber: '', primaryPhoneCallingCode: '+386', primaryPhoneCountryCode: 'SI' }),
    ).toBeNull();
  });
});

// Properties over numbers written as people write them: a calling code the sync knows, a national number that does
// not start with 0, grouped with spaces, dashes or slashes, with or without the international prefix.
const KNOWN: Array<{ name: string; code: string }> = [
  { name: 'Slovenija', code: '+386' },
  { name: 'Hrvaška', code: '+385' },
  { name: 'Avstrija', code: '+43' },
  { name: 'Italija', code: '+39' },
  { name: 'Madžarska', code: '+36' },
  { name: 'Nemčija', code: '+49' },
  { name: 'Srbija', code: '+381' },
];
const writtenNumber = fc
  .record({
    country: fc.constantFrom(...KNOWN),
    national: fc
      .tuple(fc.integer({ min: 1, max: 9 }), fc.array(fc.integer({ min: 0, max: 9 }), { minLength: 5, maxLength: 10 }))
      .map(([d, ds]) => `${d}${ds.join('')}`),
    form: fc.constantFrom('national', 'plus', 'double-zero', 'plus-trunk'),
    separator: fc.constantFrom('', ' ', '-', '/', '.'),
  })
  .map(({ country: { name, code }, national, form, separator }) => {
    const grouped = national.match(/.{1,3}/g)!.join(separator);
    const prefix = {
      national: '0',
      plus: `${code} `,
      'double-zero': `00${code.slice(1)} `,
      'plus-trunk': `${code} (0)`,
    }[form];
    return { countryName: name, text: `${prefix}${grouped}`, expected: `${code}${national}` };
  });

describe('phone rules that hold for every number', () => {
  it('reads every way of writing a number as one canonical number', () => {
    fc.assert(
      fc.property(writtenNumber, ({ countryName, text, expected }) =>
        expect(canonicalPhone(text, countryName)).toBe(expected),
      ),
    );
  });

  it("is idempotent: a canonical number reads as itself, whatever the partner's country", () => {
    fc.assert(
      fc.property(
        writtenNumber,
        fc.constantFrom('Slovenija', 'Croatia', '', 'Italy'),
        ({ countryName, text }, other) => {
          const canonical = canonicalPhone(text, countryName)!;
          expect(canonicalPhone(canonical, other)).toBe(canonical);
        },
      ),
    );
  });

  it("survives the trip through Twenty's phone field unchanged, so an unchanged number is never written again", () => {
    fc.assert(
      fc.property(writtenNumber, ({ countryName, text }) => {
        const canonical = canonicalPhone(text, countryName);
        expect(phoneFromTwenty(phoneToTwenty(canonical))).toBe(canonical);
      }),
    );
  });

  // Bug (minor): one zero after the calling code is dropped per reading, so "+386 (0)041 123 456" reads as
  // +386041123456, which Twenty stores as 041123456 and reads back as +38641123456. The two sides then disagree about
  // a number nobody changed, and the next sync rewrites Metakocka's phone text.
  it('reads "+386 (0)041 123 456" the same once it has been through Twenty', () => {
    const canonical = canonicalPhone('+386 (0)041 123 456', 'Slovenija');
    expect(canonical).toBe('+38641123456');
    expect(phoneFromTwenty(phoneToTwenty(canonical))).toBe(canonical);
  });
});
