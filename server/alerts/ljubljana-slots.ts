// "Daily at HH:MM" in Europe/Ljubljana, the zone Metakocka works in: the newest slot at or before an instant. A time
// the spring clock change skips (02:00–02:59 on the last Sunday of March) falls at 03:00; one that occurs twice in
// autumn counts once, at its first occurrence. Worked out with Intl only (Ljubljana is UTC+1 or UTC+2), so it does
// not depend on how the process's Date is set up.
import { METAKOCKA_ZONE } from 'server/metakocka/values';

const HOUR = 3_600_000;
const parts = new Intl.DateTimeFormat('en-GB', {
  timeZone: METAKOCKA_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** [year, month, day, hour, minute] on the Ljubljana wall clock. */
function wallClock(instant: number): number[] {
  const values = Object.fromEntries(parts.formatToParts(instant).map((part) => [part.type, part.value]));
  return [values.year, values.month, values.day, values.hour, values.minute].map(Number);
}

/** The first instant the Ljubljana wall clock shows this date and time, or 03:00 when the clock skips it. */
function slotOn(year: number, month: number, day: number, hours: number, minutes: number): number {
  const asUtc = Date.UTC(year, month - 1, day, hours, minutes);
  const matches = [asUtc - 2 * HOUR, asUtc - HOUR].filter(
    (instant) => wallClock(instant).join() === [year, month, day, hours, minutes].join(),
  );
  return matches[0] ?? slotOn(year, month, day, 3, 0);
}

/** The newest "daily at HH:MM" slot at or before `now`. */
export function latestDailySlot(now: Date, at: string): Date {
  const [hours, minutes] = at.split(':').map(Number) as [number, number];
  const [year, month, day] = wallClock(now.getTime()) as [number, number, number];
  const today = slotOn(year, month, day, hours, minutes);
  if (today <= now.getTime()) return new Date(today);
  const [y, m, d] = wallClock(Date.UTC(year, month - 1, day, 12) - 24 * HOUR) as [number, number, number];
  return new Date(slotOn(y, m, d, hours, minutes));
}
