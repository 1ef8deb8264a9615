/** The sandbox's own number and date helpers: a wrong parser here would make every contract test lie. */
import {
  dec,
  formatComma,
  formatFixed,
  formatPlain,
  formatSlovenian,
  parseDecimal,
  round,
} from 'test/sandbox/values/decimal';
import { parseDocumentDate, parseTimestamp, wireTimestamp, ymdInLjubljana } from 'test/sandbox/values/dates';
import { isValidSlovenianVat, slovenianVat, croatianVat } from 'test/sandbox/seed/tax-numbers';
import { createPrng } from 'test/sandbox/values/prng';

describe('parseDecimal (API.md §1.5 careful-client rule)', () => {
  it.each([
    ['0.095', '0.095'],
    ['1.895,01', '1895.01'],
    ['1,895.01', '1895.01'],
    ['209,00', '209'],
    ['1,5', '1.5'],
    ['863,75', '863.75'],
    ['-3', '-3'],
    ['4.0000000000', '4'],
    ['100', '100'],
    ['1.895', '1.895'],
  ])('reads %s as %s', (input, expected) => {
    expect(formatPlain(dec(input))).toBe(expected);
  });
  it('refuses text that is not a number', () => {
    for (const bad of ['', 'abc', '10%', '1..2', '1,2,3']) expect(parseDecimal(bad)).toBeNull();
  });
});

describe('number formats', () => {
  it('writes the wire forms exactly', () => {
    expect(formatSlovenian(dec('1895.01'))).toBe('1.895,01');
    expect(formatSlovenian(dec('-1234567.5'))).toBe('-1.234.567,50');
    expect(formatFixed(dec('209'), 2, ',')).toBe('209,00');
    expect(formatComma(dec('0.5'))).toBe('0,5');
    expect(formatPlain(round(dec('1.895')))).toBe('1.9');
    expect(formatPlain(round(dec('-1.005')))).toBe('-1.01');
  });
});

describe('dates (API.md §1.5)', () => {
  it('accepts only dd.mm.yyyy and yyyy-mm-dd+02:00 for document dates', () => {
    expect(parseDocumentDate('29.02.2028')).toBe('2028-02-29');
    expect(parseDocumentDate('2026-01-15+02:00')).toBe('2026-01-15');
    for (const bad of ['29.02.2026', '2026-01-15+01:00', '2026-01-15', '1.1.2026'])
      expect(parseDocumentDate(bad)).toBeNull();
  });
  it('writes timestamps with the real Ljubljana offset and reads them back to the same instant', () => {
    for (const iso of [
      '2026-01-15T23:30:00Z',
      '2026-07-01T10:00:00Z',
      '2026-03-29T00:59:59Z',
      '2026-10-25T01:00:00Z',
    ]) {
      const ms = Date.parse(iso);
      expect(parseTimestamp(wireTimestamp(ms))).toBe(ms);
    }
    expect(wireTimestamp(Date.parse('2026-01-15T23:30:00Z'))).toBe('2026-01-16T00:30:00+01:00');
    expect(ymdInLjubljana(Date.parse('2026-06-30T22:30:00Z'))).toBe('2026-07-01');
  });
});

describe('tax numbers', () => {
  it('generates SI VAT numbers whose mod-11 check digit is right, and rejects a wrong one', () => {
    const prng = createPrng(3);
    for (let i = 0; i < 200; i++) expect(isValidSlovenianVat(slovenianVat(prng))).toBe(true);
    expect(isValidSlovenianVat('SI71234560')).toBe(false); // API.md §8.1's invented number fails the check
    expect(croatianVat(prng)).toMatch(/^HR\d{11}$/);
  });
});
