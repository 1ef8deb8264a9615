// Counted words, shared by the screens and the server (issue 15): Slovenian has four plural forms chosen by the last
// two digits (one: 1, 101…; two: 2, 102…; few: 3–4, 103–104…; other: 0, 5–100…), English two. Intl.PluralRules
// knows them; this module is the one place that picks a form and fills `{name}` placeholders. It imports nothing,
// so ui/ (which may take values only from plugin/constants) and server/ can both use it.

export type Language = 'en' | 'sl';
export const LANGUAGES: readonly Language[] = ['en', 'sl'];
export const isLanguage = (value: unknown): value is Language => value === 'en' || value === 'sl';

/** The locale that formats dates, numbers and plurals for a language. */
export const LOCALES: Record<Language, string> = { en: 'en-GB', sl: 'sl-SI' };

/** A message with counted words: one text per plural category of the language, picked by the `count` value. */
export interface PluralForms {
  one?: string;
  two?: string;
  few?: string;
  other: string;
}
export type Message = string | PluralForms;

/** Every text of a message: the string, or each plural form. */
export const messageTexts = (message: Message): string[] =>
  typeof message === 'string' ? [message] : Object.values(message).filter((text) => text !== undefined);

/** The form of a counted message for `count`: a missing category falls back to `other`. */
export function pluralForm(language: Language, forms: PluralForms, count: number): string {
  const category = new Intl.PluralRules(LOCALES[language]).select(count) as keyof PluralForms;
  return forms[category] ?? forms.other;
}

/** Fills `{name}` placeholders; a plural message is first narrowed by `values.count`. A placeholder without a value
 *  stays visible as `{name}` rather than failing (an error being rendered must not throw a second one). */
export function fillMessage(
  language: Language,
  message: Message,
  values: Record<string, string | number> = {},
): string {
  const text = typeof message === 'string' ? message : pluralForm(language, message, Number(values.count ?? 0));
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
