// The UI's translation helper (docs/architecture.md, "UI translations"). Twenty 2.43's own front-component
// translations (useTranslate + locales/<locale>.json) only carry Twenty's UI locales, and Slovenian is not one of
// them (APP_LOCALES in twenty-sdk/front-component), so the app keeps its catalogues here, keyed by message id:
// the language is Slovenian when the user's Twenty locale is a Slovenian one (useLocale) or when an admin sets
// the METAKOCKA_UI_LANGUAGE application variable to "sl"; English otherwise.
import { getApplicationVariable, useLocale } from 'twenty-sdk/front-component';

import { en, type MessageId } from 'ui/shared/messages/en';
import { sl } from 'ui/shared/messages/sl';

export type Language = 'en' | 'sl';
export type { MessageId };

export const UI_LANGUAGE_VARIABLE = 'METAKOCKA_UI_LANGUAGE';
const CATALOGUES: Record<Language, Record<MessageId, string>> = { en, sl };

export function languageOf(locale: string | undefined, override: string | undefined): Language {
  if (override === 'sl' || override === 'en') return override;
  return locale !== undefined && /^sl(\b|[-_])/i.test(locale) ? 'sl' : 'en';
}

export const isMessageId = (id: string): id is MessageId => Object.prototype.hasOwnProperty.call(en, id);

export function translate(language: Language, id: MessageId, values: Record<string, string | number> = {}): string {
  return CATALOGUES[language][id].replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/** Dates and times are shown in Europe/Ljubljana, the zone Metakocka works in (STYLE: dates with their zone). */
export function formatTime(language: Language, iso: string): string {
  return new Intl.DateTimeFormat(language === 'sl' ? 'sl-SI' : 'en-GB', { timeZone: 'Europe/Ljubljana', dateStyle: 'medium', timeStyle: 'short' }).format(new Date(iso));
}

function languageOverride(): string | undefined {
  try {
    return getApplicationVariable(UI_LANGUAGE_VARIABLE);
  } catch {
    return undefined; // no application variables in this host: follow the locale
  }
}

export interface Translator {
  language: Language;
  t: (id: MessageId, values?: Record<string, string | number>) => string;
  time: (iso: string | null) => string;
}

export function useT(): Translator {
  const language = languageOf(useLocale(), languageOverride());
  return {
    language,
    t: (id, values) => translate(language, id, values),
    time: (iso) => (iso ? formatTime(language, iso) : translate(language, 'common.never')),
  };
}
