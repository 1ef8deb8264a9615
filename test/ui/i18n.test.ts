import { fillMessage, formatTime, languageOf, translate } from 'ui/shared/translate';
import { messageTexts, type Message } from 'ui/shared/message';
import { en, type MessageId } from 'ui/shared/messages/en';
import { sl } from 'ui/shared/messages/sl';
import { COMMAND_CATALOGUES } from 'ui/commands/messages';
import { REPORT_CATALOGUES } from 'ui/reports/messages';

import { ONBOARDING_CATALOGUES } from 'ui/onboarding/messages';
import { HELP_CATALOGUES } from 'ui/shared/help-messages';
import { englishWordsIn, untranslated } from 'test/support/english-leftovers';

const placeholders = (message: Message) =>
  [
    ...new Set(messageTexts(message).flatMap((text) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]))),
  ].sort();

describe('UI catalogues', () => {
  it('translate every English message into Slovenian with the same placeholders', () => {
    const ids = Object.keys(en) as MessageId[];
    expect(Object.keys(sl).sort()).toEqual([...ids].sort());
    for (const id of ids) {
      expect({ id, placeholders: placeholders(sl[id]) }).toEqual({ id, placeholders: placeholders(en[id]) });
      expect({ id, empty: messageTexts(sl[id]).some((text) => text.trim() === '') }).toEqual({ id, empty: false });
    }
  });
});

describe('Slovenian UI texts', () => {
  const catalogues = {
    shared: { en: en as Record<string, Message>, sl: sl as Record<string, Message> },
    commands: COMMAND_CATALOGUES as { en: Record<string, Message>; sl: Record<string, Message> },
    reports: REPORT_CATALOGUES as { en: Record<string, Message>; sl: Record<string, Message> },

    onboarding: ONBOARDING_CATALOGUES as { en: Record<string, Message>; sl: Record<string, Message> },
    help: HELP_CATALOGUES as { en: Record<string, Message>; sl: Record<string, Message> },
  };

  it.each(Object.keys(catalogues) as Array<keyof typeof catalogues>)(
    'the %s catalogue has no entry left in English: none equals its English text, none holds English words',
    (name) => {
      const { en: english, sl: slovenian } = catalogues[name];
      const leftovers = Object.keys(english).flatMap((id) => {
        const pairs = messageTexts(slovenian[id]!).map((text, index) => [text, messageTexts(english[id]!)[index]]);
        return pairs
          .filter(([text, englishText]) => untranslated(text!, englishText ?? '') || englishWordsIn(text!).length > 0)
          .map(([text]) => `${id}: ${text}`);
      });
      expect(leftovers).toEqual([]);
    },
  );
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

describe('counted messages', () => {
  const records = {
    one: '{count} zapis',
    two: '{count} zapisa',
    few: '{count} zapisi',
    other: '{count} zapisov',
  };
  it.each([
    [1, '1 zapis'],
    [101, '101 zapis'],
    [2, '2 zapisa'],
    [102, '102 zapisa'],
    [3, '3 zapisi'],
    [104, '104 zapisi'],
    [0, '0 zapisov'],
    [5, '5 zapisov'],
    [100, '100 zapisov'],
    [111, '111 zapisov'],
  ])('Slovenian picks the form of %i by its last two digits', (count, expected) => {
    expect(fillMessage('sl', records, { count })).toBe(expected);
  });

  it('falls back to the other form where a language has no category', () => {
    expect(fillMessage('en', { one: '{count} record', other: '{count} records' }, { count: 2 })).toBe('2 records');
    expect(fillMessage('en', { one: '{count} record', other: '{count} records' }, { count: 1 })).toBe('1 record');
  });
});
