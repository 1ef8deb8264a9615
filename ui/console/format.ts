// Numbers, durations and Ljubljana dates in the member's language, for the console (pure, so tests run it anywhere).
import { TZDate } from '@date-fns/tz';

import type { Language } from 'ui/shared/translate';

export const ZONE = 'Europe/Ljubljana';
const LOCALE: Record<Language, string> = { en: 'en-GB', sl: 'sl-SI' };

export const formatNumber = (language: Language, value: number, fractionDigits = 0): string =>
  new Intl.NumberFormat(LOCALE[language], { maximumFractionDigits: fractionDigits }).format(value);

const unit = (language: Language, value: number, name: 'hour' | 'minute' | 'second') =>
  new Intl.NumberFormat(LOCALE[language], { style: 'unit', unit: name, unitDisplay: 'short' }).format(value);

/** "1 h 5 min", "2 min 10 s": the two largest units, as the language writes them. */
export function formatDuration(language: Language, ms: number): string {
  const seconds = Math.max(0, Math.round(ms / 1000));
  const hours = Math.floor(seconds / 3600);
  const minutes = Math.floor((seconds % 3600) / 60);
  const rest = seconds % 60;
  if (hours > 0)
    return [unit(language, hours, 'hour'), minutes ? unit(language, minutes, 'minute') : ''].join(' ').trim();
  if (minutes > 0)
    return [unit(language, minutes, 'minute'), rest ? unit(language, rest, 'second') : ''].join(' ').trim();
  return unit(language, rest, 'second');
}

/** The instant a Ljubljana calendar day ("YYYY-MM-DD" from a date input) starts, or the next one starts. */
export function ljubljanaDayStart(day: string, nextDay = false): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(day);
  if (!match) return undefined;
  const [, year, month, date] = match.map(Number) as [number, number, number, number];
  return new Date(new TZDate(year, month - 1, date + (nextDay ? 1 : 0), ZONE).getTime()).toISOString();
}
