// The UI's translation helper (docs/architecture.md D20, D53). Twenty 2.43's own front-component translations
// (useTranslate + locales/<locale>.json) only carry Twenty's UI locales, and Slovenian is not one of them
// (APP_LOCALES in twenty-sdk/front-component), so the app keeps its own catalogues, keyed by message id. The language
// is the member's (ui/shared/member-language.ts: their own choice, else the workspace default METAKOCKA_UI_LANGUAGE);
// only when the server cannot say does it fall back to the variable as the component sees it, or a Slovenian locale.
import { getApplicationVariable, useLocale } from 'twenty-sdk/front-component';

import { formatTime, languageOf, translate, type Language, type MessageId } from 'ui/shared/translate';
import { useMemberLanguage } from 'ui/shared/member-language';
import { speak } from 'ui/shared/spoken-language';

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
  /** False until the member's language is known: render nothing that could show in the wrong language. */
  ready: boolean;
  t: (id: MessageId, values?: Record<string, string | number>) => string;
  time: (iso: string | null) => string;
}

export function useT(): Translator {
  const member = useMemberLanguage();
  const fallback = languageOf(useLocale(), languageOverride());
  const language = member.state === 'read' ? member.answer.language : fallback;
  speak(language);
  return {
    language,
    ready: member.state !== 'loading',
    t: (id, values) => translate(language, id, values),
    time: (iso) => (iso ? formatTime(language, iso) : translate(language, 'common.never')),
  };
}
