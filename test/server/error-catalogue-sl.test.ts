// Slovenian server messages (issue 15 item 1): every code has Slovenian texts that read as Slovenian, with the same
// parameters and words (terms) as English, and renders in Slovenian with sample parameters.
import { messageTexts } from 'plugin/constants/plural';
import {
  errorCatalogue,
  errorCodes,
  renderAction,
  renderError,
  type ErrorCode,
  type ErrorTexts,
} from 'server/error-catalogue';
import { englishWordsIn, untranslated } from '../support/english-leftovers';

/** Every text of an entry that holds placeholders: the message, its terms and its next steps. */
const wordings = (texts: ErrorTexts): string[] => [
  ...messageTexts(texts.message),
  ...Object.values(texts.terms ?? {}),
  ...Object.values(texts.nextSteps ?? {}),
];

const placeholdersOf = (texts: string[]) =>
  [...new Set(texts.flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!)))].sort();

// Parameters that quote another system's own words (Twenty's error text, Metakocka's opr_desc, a validator's
// finding, an exception's message) stay as those systems wrote them; the app's own sentences never pass through.
const FOREIGN_WORDS = new Set(['detail', 'oprDesc', 'problems']);

/** A sample value per parameter: ids and calls as they look, and every term's key so each term is rendered. */
function samples(code: ErrorCode): Array<Record<string, string | number>> {
  const en = errorCatalogue.en[code];
  const names = placeholdersOf(wordings(en));
  const base: Record<string, string | number> = {};
  names.forEach((name, index) => {
    base[name] = name === 'count' ? 3 : FOREIGN_WORDS.has(name) ? '—' : `p${index + 1}`;
  });
  const termKeys = Object.keys(en.terms ?? {}).map((key) => key.split('.') as [string, string]);
  const variants = termKeys.length === 0 ? [base] : termKeys.map(([name, value]) => ({ ...base, [name]: value }));
  const steps = Object.keys(en.nextSteps ?? {}).map((next) => ({ ...base, next }));
  return [...variants, ...steps];
}

describe('errorCatalogue.sl', () => {
  it('has every code, each with a meaning, a check, an action and a message', () => {
    expect(Object.keys(errorCatalogue.sl).sort()).toEqual([...errorCodes].sort());
    const thin = errorCodes.filter((code) => {
      const { meaning, check, action, message } = errorCatalogue.sl[code];
      return [meaning, check, action].some((text) => text.trim().length <= 10) || messageTexts(message).includes('');
    });
    expect(thin).toEqual([]);
  });

  it('words the same terms as English, and uses no parameter English does not send', () => {
    for (const code of errorCodes) {
      const en = errorCatalogue.en[code];
      const sl = errorCatalogue.sl[code];
      const keys = (texts: ErrorTexts) => ({
        code,
        terms: Object.keys(texts.terms ?? {}).sort(),
        nextSteps: Object.keys(texts.nextSteps ?? {}).sort(),
      });
      expect(keys(sl)).toEqual(keys(en));
      const sent = placeholdersOf(wordings(en));
      const used = placeholdersOf(wordings(sl));
      expect({ code, unknown: used.filter((name) => !sent.includes(name)) }).toEqual({ code, unknown: [] });
    }
  });

  it('reads as Slovenian: no text equals the English one, none holds English words', () => {
    const leftovers = errorCodes.flatMap((code) => {
      const en = errorCatalogue.en[code];
      const sl = errorCatalogue.sl[code];
      const pairs: Array<[string, string, string]> = [
        ['meaning', sl.meaning, en.meaning],
        ['check', sl.check, en.check],
        ['action', sl.action, en.action],
        ...Object.entries(sl.terms ?? {}).map(([key, text]): [string, string, string] => [key, text, en.terms![key]!]),
        ...Object.entries(sl.nextSteps ?? {}).map(([key, text]): [string, string, string] => [
          `next.${key}`,
          text,
          en.nextSteps![key]!,
        ]),
      ];
      return pairs
        .filter(([, text, english]) => untranslated(text, english) || englishWordsIn(text).length > 0)
        .map(([part, text]) => `${code}.${part}: ${text}`);
    });
    expect(leftovers).toEqual([]);
  });

  it('renders every code in Slovenian with sample parameters, every placeholder filled, no English left', () => {
    const rendered = errorCodes.flatMap((code) =>
      samples(code).flatMap((params) => [
        { code, text: renderError(code, params, 'sl') },
        { code, text: renderAction(code, params, 'sl') },
      ]),
    );
    expect(rendered.filter(({ text }) => /\{\w+\}/.test(text))).toEqual([]);
    expect(rendered.filter(({ text }) => englishWordsIn(text).length > 0)).toEqual([]);
    expect(rendered.filter(({ code, text }) => text === renderError(code, samples(code)[0], 'en'))).toEqual([]);
  });

  it('words a parameter by its term in each language', () => {
    const params = { reason: 'timeout', method: 'get_partner', details: '' };
    expect(renderError('MK_UNAVAILABLE', params, 'en')).toBe('Metakocka did not answer in time during get_partner.');
    expect(renderError('MK_UNAVAILABLE', params, 'sl')).toBe(
      'Metakocka ni odgovorila pravočasno med klicem get_partner.',
    );
    expect(renderError('MK_AUTH', { company: 'id', companyId: '42', oprCode: '3', method: 'x' }, 'sl')).toContain(
      'ID podjetja 42',
    );
  });

  it.each([
    [1, 'je v Twentyju 1 ustrezen zapis'],
    [2, 'sta v Twentyju 2 ustrezna zapisa'],
    [3, 'so v Twentyju 3 ustrezni zapisi'],
    [5, 'je v Twentyju 5 ustreznih zapisov'],
    [101, 'je v Twentyju 101 ustrezen zapis'],
    [102, 'sta v Twentyju 102 ustrezna zapisa'],
    [103, 'so v Twentyju 103 ustrezni zapisi'],
    [111, 'je v Twentyju 111 ustreznih zapisov'],
  ])('counts %i matches with the Slovenian plural form', (count, expected) => {
    expect(renderError('AMBIGUOUS_MATCH', { what: 'E-naslov a@b.si', count, candidates: 'c1' }, 'sl')).toContain(
      expected,
    );
  });

  it('counts in English with one and other', () => {
    expect(renderError('AMBIGUOUS_MATCH', { what: 'X', count: 1, candidates: 'c1' })).toContain(
      '1 existing Twenty record (',
    );
    expect(renderError('AMBIGUOUS_MATCH', { what: 'X', count: 2, candidates: 'c1, c2' })).toContain(
      '2 existing Twenty records (',
    );
  });
});

describe('the English detector these tests rely on', () => {
  it('finds an English sentence and a half-translated one, and passes names, code and placeholders', () => {
    expect(englishWordsIn('Nothing was saved: the connection check failed.')).not.toEqual([]);
    expect(englishWordsIn('Metakocka je zavrnila the company id.')).toEqual(['the', 'company']);
    expect(englishWordsIn('Twenty ni odgovoril na klic API `get_partner` za {what} (URL https://x.si/the).')).toEqual(
      [],
    );
    // A record id's hex (b0016be4…) is not the English "be"; the same word outside an id still is.
    expect(englishWordsIn('Poročilo b0016be4-d1f7-41d9-8256-c30aa2cf06f8 je shranjeno.')).toEqual([]);
    expect(englishWordsIn('Poročilo je shranjeno, to be sure.')).toEqual(['be']);
    expect(untranslated('Save', 'Save')).toBe(true);
    expect(untranslated('Metakocka', 'Metakocka')).toBe(false);
  });
});
