import { formatTime, languageOf, translate } from 'ui/shared/translate';
import { en, type MessageId } from 'ui/shared/messages/en';
import { sl } from 'ui/shared/messages/sl';

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();

describe('UI catalogues', () => {
  it('translate every English message into Slovenian with the same placeholders', () => {
    const ids = Object.keys(en) as MessageId[];
    expect(Object.keys(sl).sort()).toEqual([...ids].sort());
    for (const id of ids) {
      expect({ id, placeholders: placeholders(sl[id]) }).toEqual({ id, placeholders: placeholders(en[id]) });
      expect({ id, empty: sl[id].trim() === '' }).toEqual({ id, empty: false });
    }
  });
});

describe('languageOf', () => {
  it.each([
    ['sl-SI', undefined, 'sl'],
    ['sl', undefined, 'sl'],
    ['en', undefined, 'en'],
    ['sr-Latn', undefined, 'en'],
    ['de-DE', 'sl', 'sl'],
    ['sl-SI', 'en', 'en'],
    [undefined, 'nonsense', 'en'],
  ])('locale %s with override %s speaks %s', (locale, override, expected) => {
    expect(languageOf(locale, override)).toBe(expected);
  });
});

describe('translate and formatTime', () => {
  it('fills placeholders and shows times in Europe/Ljubljana', () => {
    expect(translate('sl', 'health.HEALTHY', { time: 'x' })).toBe('Povezano. Zadnja sinhronizacija: x.');
    // 10:05 UTC in November is 11:05 in Ljubljana (CET).
    expect(formatTime('en', '2026-11-25T10:05:00.000Z')).toBe('25 Nov 2026, 11:05');
    expect(formatTime('sl', '2026-07-01T10:05:00.000Z')).toMatch(/12:05/); // CEST in summer
  });
});
