// The pure half of the UI's translation helper (docs/architecture.md D20): pick a language, look a message up by id,
// fill its placeholders, format a time in Europe/Ljubljana. No SDK import, so it is testable anywhere.
import { en, type MessageId } from 'ui/shared/messages/en';
import { sl } from 'ui/shared/messages/sl';
import { fillMessage, LOCALES, type Language, type Message, type PluralForms } from 'plugin/constants/plural';

export { fillMessage, pluralForm } from 'plugin/constants/plural';
export type { Language, MessageId, Message, PluralForms };

const CATALOGUES: Record<Language, Record<MessageId, Message>> = { en, sl };

/** Slovenian for a Slovenian Twenty locale, or when an admin chose it (override "sl"); English otherwise. */
export function languageOf(locale: string | undefined, override: string | undefined): Language {
  if (override === 'sl' || override === 'en') return override;
  return locale !== undefined && /^sl(\b|[-_])/i.test(locale) ? 'sl' : 'en';
}

export const isMessageId = (id: string): id is MessageId => Object.prototype.hasOwnProperty.call(en, id);

export function translate(language: Language, id: MessageId, values: Record<string, string | number> = {}): string {
  return fillMessage(language, CATALOGUES[language][id], values);
}

/** Dates and times are shown in Europe/Ljubljana, the zone Metakocka works in. */
export function formatTime(language: Language, iso: string): string {
  return new Intl.DateTimeFormat(LOCALES[language], {
    timeZone: 'Europe/Ljubljana',
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(iso));
}
