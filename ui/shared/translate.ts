// The pure half of the UI's translation helper (docs/architecture.md D20): pick a language, look a message up by id,
// fill its placeholders, format a time in Europe/Ljubljana. No SDK import, so it is testable anywhere.
import { en, type MessageId } from 'ui/shared/messages/en';
import { sl } from 'ui/shared/messages/sl';
import type { Message, PluralForms } from 'ui/shared/message';

export type Language = 'en' | 'sl';
export type { MessageId, Message, PluralForms };

const CATALOGUES: Record<Language, Record<MessageId, Message>> = { en, sl };
const LOCALES: Record<Language, string> = { en: 'en-GB', sl: 'sl-SI' };

/** Slovenian for a Slovenian Twenty locale, or when an admin chose it (override "sl"); English otherwise. */
export function languageOf(locale: string | undefined, override: string | undefined): Language {
  if (override === 'sl' || override === 'en') return override;
  return locale !== undefined && /^sl(\b|[-_])/i.test(locale) ? 'sl' : 'en';
}

export const isMessageId = (id: string): id is MessageId => Object.prototype.hasOwnProperty.call(en, id);

/** The form of a counted message for `count`: a missing category falls back to `other`. */
export function pluralForm(language: Language, forms: PluralForms, count: number): string {
  const category = new Intl.PluralRules(LOCALES[language]).select(count) as keyof PluralForms;
  return forms[category] ?? forms.other;
}

/** Fills `{name}` placeholders; a plural message is first narrowed by `values.count`. */
export function fillMessage(
  language: Language,
  message: Message,
  values: Record<string, string | number> = {},
): string {
  const text = typeof message === 'string' ? message : pluralForm(language, message, Number(values.count ?? 0));
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

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
