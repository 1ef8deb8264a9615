// The pure half of the UI's translation helper (docs/architecture.md D20): pick a language, look a message up by id,
// fill its placeholders, format a time in Europe/Ljubljana. No SDK import, so it is testable anywhere.
import { en, type MessageId } from 'ui/shared/messages/en';
import { sl } from 'ui/shared/messages/sl';

export type Language = 'en' | 'sl';
export type { MessageId };

const CATALOGUES: Record<Language, Record<MessageId, string>> = { en, sl };

/** Slovenian for a Slovenian Twenty locale, or when an admin chose it (override "sl"); English otherwise. */
export function languageOf(locale: string | undefined, override: string | undefined): Language {
  if (override === 'sl' || override === 'en') return override;
  return locale !== undefined && /^sl(\b|[-_])/i.test(locale) ? 'sl' : 'en';
}

export const isMessageId = (id: string): id is MessageId => Object.prototype.hasOwnProperty.call(en, id);

export function translate(language: Language, id: MessageId, values: Record<string, string | number> = {}): string {
  return CATALOGUES[language][id].replace(/\{(\w+)\}/g, (whole, name: string) =>
    name in values ? String(values[name]) : whole,
  );
}

/** Dates and times are shown in Europe/Ljubljana, the zone Metakocka works in. */
export function formatTime(language: Language, iso: string): string {
  return new Intl.DateTimeFormat(language === 'sl' ? 'sl-SI' : 'en-GB', {
    timeZone: 'Europe/Ljubljana',
    dateStyle: 'medium',
    timeStyle: 'short',
  }).format(new Date(iso));
}
