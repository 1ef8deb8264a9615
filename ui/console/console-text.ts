// The console's texts, numbers and times in the member's language (the same choice as every page: ui/shared/i18n.ts).
import { consoleText, type ConsoleText } from 'ui/console/messages';
import { formatDuration, formatNumber } from 'ui/console/format';
import { useT } from 'ui/shared/i18n';
import { formatTime, type Language } from 'ui/shared/translate';

export interface ConsoleTranslator {
  language: Language;
  t: ConsoleText;
  /** A date and time in Europe/Ljubljana; "—" for none. */
  time: (iso: string | null | undefined) => string;
  number: (value: number | null | undefined, fractionDigits?: number) => string;
  duration: (ms: number | null | undefined) => string;
}

export function useConsoleText(): ConsoleTranslator {
  const { language } = useT();
  const t = consoleText(language);
  return {
    language,
    t,
    time: (iso) => (iso ? formatTime(language, iso) : t('common.none')),
    number: (value, digits) =>
      value === null || value === undefined ? t('common.none') : formatNumber(language, value, digits),
    duration: (ms) => (ms === null || ms === undefined ? t('common.none') : formatDuration(language, ms)),
  };
}
