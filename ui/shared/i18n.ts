// The UI's translation helper (docs/architecture.md D20). Twenty 2.43's own front-component translations
// (useTranslate + locales/<locale>.json) only carry Twenty's UI locales, and Slovenian is not one of them
// (APP_LOCALES in twenty-sdk/front-component), so the app keeps its own catalogues, keyed by message id: the
// language is Slovenian when the user's Twenty locale is a Slovenian one (useLocale) or when an admin sets the
// METAKOCKA_UI_LANGUAGE application variable to "sl"; English otherwise.
import { getApplicationVariable, useLocale } from 'twenty-sdk/front-component';

import { formatTime, languageOf, translate, type Language, type MessageId } from 'ui/shared/translate';

export { isMessageId, type Language, type MessageId } from 'ui/shared/translate';

export const UI_LANGUAGE_VARIABLE = 'METAKOCKA_UI_LANGUAGE';

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
