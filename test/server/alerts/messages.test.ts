// Alert texts in both languages: every English text has a Slovenian one with the same placeholders, and counted words
// take the Slovenian form their number asks for.
import { ALERT_CATALOGUES, alertText } from 'server/alerts/messages';

const texts = (entry: unknown): string[] => (typeof entry === 'string' ? [entry] : Object.values(entry as object));
const placeholders = (entry: unknown) =>
  [...new Set(texts(entry).flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1])))].sort();

describe('alert texts', () => {
  it('have a Slovenian text for every English one, with the same placeholders, never the English words', () => {
    for (const [id, english] of Object.entries(ALERT_CATALOGUES.en)) {
      const slovenian = ALERT_CATALOGUES.sl[id as keyof typeof ALERT_CATALOGUES.en];
      expect({ id, placeholders: placeholders(slovenian) }).toEqual({ id, placeholders: placeholders(english) });
      expect({ id, same: JSON.stringify(slovenian) === JSON.stringify(english) }).toEqual({ id, same: false });
    }
  });

  it.each([
    [1, '1 odprta kritična težava ima ta vzrok.'],
    [2, '2 odprti kritični težavi imata ta vzrok.'],
    [3, '3 odprte kritične težave imajo ta vzrok.'],
    [5, '5 odprtih kritičnih težav ima ta vzrok.'],
    [101, '101 odprta kritična težava ima ta vzrok.'],
    [102, '102 odprti kritični težavi imata ta vzrok.'],
    [104, '104 odprte kritične težave imajo ta vzrok.'],
    [111, '111 odprtih kritičnih težav ima ta vzrok.'],
  ])('count %i reads "%s" in Slovenian', (count, expected) => {
    expect(alertText('sl', 'critical.issues', { count })).toBe(expected);
  });
});
