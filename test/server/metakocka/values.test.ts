import fc from 'fast-check';

import {
  asArray,
  decimalToMinorUnits,
  formatDocumentDate,
  formatSearchDate,
  formatSearchTimestamp,
  ljubljanaDateOf,
  minorUnitsToDecimal,
  parseMkDate,
  parseMkDecimal,
  parseMkMinorUnits,
  parseMkTimestamp,
} from 'server/metakocka/values';

const group3 = (digits: string, separator: string) => digits.replace(/\B(?=(\d{3})+(?!\d))/g, separator);

/** Every way Metakocka writes the same amount (API.md §1.5): dot, comma, Slovenian thousands, long precision. */
function wireForms(minor: bigint): string[] {
  const sign = minor < 0n ? '-' : '';
  const abs = (minor < 0n ? -minor : minor).toString().padStart(3, '0');
  const int = abs.slice(0, -2);
  const frac = abs.slice(-2);
  return [
    `${sign}${int}.${frac}`,
    `${sign}${int},${frac}`,
    `${sign}${group3(int, '.')},${frac}`,
    `${sign}${group3(int, ',')}.${frac}`,
    `${sign}${int}.${frac}00000000`,
  ];
}

describe('parseMkDecimal and decimalToMinorUnits', () => {
  it.each([
    ['0,5', '0.5', 50],
    ['0,23', '0.23', 23],
    ['863,75', '863.75', 86375],
    ['171,31', '171.31', 17131],
    ['209,00', '209', 20900],
    ['1392,62', '1392.62', 139262],
    ['1.895,01', '1895.01', 189501],
    ['4.0000000000', '4', 400],
    ['122.00', '122', 12200],
    ['10.00', '10', 1000],
    ['100', '100', 10000],
    ['24.8', '24.8', 2480],
    ['1200.12', '1200.12', 120012],
    ['-150', '-150', -15000],
    ['13.64', '13.64', 1364],
    ['75.64', '75.64', 7564],
    ['0.00', '0', 0],
  ])('reads %s as %s (%d minor units), the exact values of API.md §1.5 and §8', (wire, decimal, minor) => {
    expect(parseMkDecimal(wire)).toBe(decimal);
    expect(parseMkMinorUnits(wire)).toBe(minor);
  });

  it('keeps long precision exact instead of rounding through a float', () => {
    expect(parseMkDecimal('2.5000000000')).toBe('2.5');
    expect(parseMkDecimal('14.6754')).toBe('14.6754');
    expect(parseMkDecimal('0.1000000000000000055511151231257827')).toBe('0.1000000000000000055511151231257827');
    expect(parseMkDecimal('90071992547409931,01')).toBe('90071992547409931.01');
  });

  it('refuses to drop cents silently, and rounds half-up only when asked', () => {
    expect(() => decimalToMinorUnits('14.6754')).toThrow(/at most 2 decimals/);
    expect(decimalToMinorUnits('14.6754', 2, 'half-up')).toBe(1468);
    expect(decimalToMinorUnits('14.6754', 4)).toBe(146754);
  });

  it.each(['', 'abc', '1,2,3', '12.34.56', '1.2,3.4', '--1', '1e5', '0x10', ',', '12 kos'])(
    'rejects %j with a clear error',
    (raw) => {
      expect(() => parseMkDecimal(raw)).toThrow(/is not a number Metakocka writes/);
    },
  );

  it('reads every wire form of an amount as that same amount (property)', () => {
    fc.assert(
      fc.property(fc.bigInt({ min: -(10n ** 14n), max: 10n ** 14n }), (minor) => {
        for (const form of wireForms(minor)) {
          expect(decimalToMinorUnits(parseMkDecimal(form))).toBe(Number(minor));
        }
      }),
      { numRuns: 500 },
    );
  });

  it('round-trips minor units through the canonical decimal (property)', () => {
    fc.assert(
      fc.property(fc.maxSafeInteger(), fc.integer({ min: 0, max: 6 }), (minor, scale) => {
        const decimal = minorUnitsToDecimal(minor, scale);
        expect(parseMkDecimal(decimal)).toBe(decimal);
        expect(decimalToMinorUnits(decimal, scale)).toBe(minor);
      }),
      { numRuns: 500 },
    );
  });

  it('never changes the amount of a decimal of any precision (property, checked against integer arithmetic)', () => {
    const digits = (max: number) => fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: 1, maxLength: max });
    fc.assert(
      fc.property(digits(15), digits(12), fc.boolean(), (int, frac, comma) => {
        const parsed = parseMkDecimal(`${int}${comma ? ',' : '.'}${frac}`);
        const [pInt, pFrac = ''] = parsed.split('.');
        const scale = frac.length;
        expect(BigInt(pInt! + pFrac.padEnd(scale, '0'))).toBe(BigInt(int + frac));
      }),
      { numRuns: 500 },
    );
  });
});

describe('parseMkDate', () => {
  it.each([
    ['2015-05-08+02:00', '2015-05-08'],
    // Winter date with the fixed +02:00 suffix: still the 27th in Ljubljana, not the 26th (API.md §1.5).
    ['2018-12-27+02:00', '2018-12-27'],
    ['2014-11-23+02:00', '2014-11-23'],
    ['2026-03-12+02:00', '2026-03-12'],
    ['12.03.2011', '2011-03-12'],
    ['3.3.2015', '2015-03-03'],
    ['2020-10-24', '2020-10-24'],
    ['2023-06-14T14:30:04+02:00', '2023-06-14'],
  ])('reads %s as %s in Europe/Ljubljana', (wire, date) => {
    expect(parseMkDate(wire)).toEqual({ date, zone: 'Europe/Ljubljana' });
  });

  it.each(['2021-11-205+02:00', '31.02.2020', '2020-13-01', '12/03/2011', '', '2020-1-1'])(
    'rejects the impossible or unknown date %j',
    (raw) => {
      expect(() => parseMkDate(raw)).toThrow(/is not a date/);
    },
  );

  it('reads every wire form of a day as that same day, and back through dd.mm.yyyy (property)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true }),
        (day) => {
          const iso = day.toISOString().slice(0, 10);
          const [y, m, d] = iso.split('-');
          const forms = [
            `${iso}+02:00`,
            `${iso}+01:00`,
            iso,
            `${d}.${m}.${y}`,
            `${Number(d)}.${Number(m)}.${y}`,
            `${iso}T23:59:59+02:00`,
            `${iso}T00:00:00+02:00`,
          ];
          for (const form of forms) expect(parseMkDate(form).date).toBe(iso);
          expect(parseMkDate(formatDocumentDate(iso)).date).toBe(iso);
          expect(parseMkDate(formatSearchDate(iso)).date).toBe(iso);
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('parseMkTimestamp and formatSearchTimestamp', () => {
  it('reads created_ts as the instant it names and the day as written', () => {
    expect(parseMkTimestamp('2023-06-14T14:30:04+02:00')).toEqual({
      instant: '2023-06-14T12:30:04.000Z',
      date: { date: '2023-06-14', zone: 'Europe/Ljubljana' },
    });
    expect(parseMkTimestamp('2026-03-12T09:41:07+02:00').instant).toBe('2026-03-12T07:41:07.000Z');
  });

  it('writes search filters with the real Ljubljana offset: +01:00 in winter, +02:00 in summer', () => {
    expect(formatSearchTimestamp('2026-01-15T08:00:00Z')).toBe('2026-01-15T09:00:00+01:00');
    expect(formatSearchTimestamp('2026-07-15T08:00:00Z')).toBe('2026-07-15T10:00:00+02:00');
    expect(formatSearchDate('2026-01-15')).toBe('2026-01-15+01:00');
  });

  it('round-trips any instant through the search filter format, landing on its Ljubljana day (property)', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2150-01-01T00:00:00Z'), noInvalidDate: true }),
        (when) => {
          const seconds = new Date(Math.floor(when.getTime() / 1000) * 1000);
          const parsed = parseMkTimestamp(formatSearchTimestamp(seconds));
          expect(parsed.instant).toBe(seconds.toISOString());
          expect(parsed.date).toEqual(ljubljanaDateOf(seconds));
        },
      ),
      { numRuns: 500 },
    );
  });

  it('puts an instant just after midnight in Ljubljana on the Ljubljana day, not the UTC day', () => {
    expect(ljubljanaDateOf('2026-01-14T23:30:00Z').date).toBe('2026-01-15');
    expect(ljubljanaDateOf('2026-07-14T22:30:00Z').date).toBe('2026-07-15');
  });
});

describe('formatDocumentDate', () => {
  it('writes dd.mm.yyyy as put_document accepts (API.md §1.5, §8.3)', () => {
    expect(formatDocumentDate({ date: '2026-03-12', zone: 'Europe/Ljubljana' })).toBe('12.03.2026');
    expect(() => formatDocumentDate('2026-02-30')).toThrow(/date/);
  });
});

describe('asArray', () => {
  it('turns a single object into a one-element list and nothing into an empty list', () => {
    expect(asArray({ a: 1 })).toEqual([{ a: 1 }]);
    expect(asArray([{ a: 1 }, { a: 2 }])).toHaveLength(2);
    expect(asArray(undefined)).toEqual([]);
  });
});
