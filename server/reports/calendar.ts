// Dates of reports in Europe/Ljubljana (STYLE: dates with the zone explicit): "today", the month of an instant, and
// whole days between two calendar dates. Calendar dates are YYYY-MM-DD strings, compared as strings.
import { TZDate } from '@date-fns/tz';

export const REPORT_ZONE = 'Europe/Ljubljana';

const pad = (n: number) => String(n).padStart(2, '0');

/** The calendar date in Ljubljana at an instant. */
export function ljubljanaDate(at: Date): string {
  const local = new TZDate(at.getTime(), REPORT_ZONE);
  return `${local.getFullYear()}-${pad(local.getMonth() + 1)}-${pad(local.getDate())}`;
}

/** The hour (0–23) on Ljubljana's clock at an instant. */
export const ljubljanaHour = (at: Date): number => new TZDate(at.getTime(), REPORT_ZONE).getHours();

/** YYYY-MM of a calendar date (a DATE field holds no time, so no zone applies). */
export const monthOf = (date: string): string => date.slice(0, 7);

/** Whole days from one calendar date to a later one (UTC arithmetic on dates has no clock changes). */
export const daysBetween = (from: string, to: string): number =>
  Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);

/** Every YYYY-MM from one month to another, both included. */
export function monthsFrom(first: string, last: string): string[] {
  const out: string[] = [];
  let [year, month] = first.split('-').map(Number) as [number, number];
  for (;;) {
    const key = `${year}-${pad(month)}`;
    if (key > last) return out;
    out.push(key);
    month += 1;
    if (month > 12) {
      month = 1;
      year += 1;
    }
  }
}

/** The calendar date `days` after (or before, when negative) a date. */
export const addDays = (date: string, days: number): string =>
  new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** The Monday that starts the Ljubljana week of a calendar date (weeks start on Monday in Slovenia). */
export const mondayOf = (date: string): string => addDays(date, -((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7));
