// When the cron starts a stream's next scheduled run: every N minutes after the last run ended, or daily at a
// Europe/Ljubljana clock time (issue 16 item 1). A time the spring clock change skips (02:00–03:00 on the last Sunday
// of March) runs at the first minute that exists after it, 03:00; a time that occurs twice in autumn runs once, at its
// first occurrence.
import type { StreamName, SyncSettings } from 'server/settings/schema';

export const SCHEDULE_TIME_ZONE = 'Europe/Ljubljana';

/** Cron jitter: a run due a few seconds after a tick would otherwise wait for the next one. */
const SLACK_MS = 30_000;

export type StreamSchedule = { kind: 'interval'; everyMinutes: number } | { kind: 'daily'; dailyAt: string };

export function scheduleOf(settings: SyncSettings, stream: StreamName): StreamSchedule {
  const dailyAt = settings.schedule[stream].dailyAt;
  return dailyAt
    ? { kind: 'daily', dailyAt }
    : { kind: 'interval', everyMinutes: settings.streams[stream].everyMinutes };
}

export interface LastRun {
  startedAt: string;
  finishedAt: string | null;
}

/** The instant the next scheduled run is due; a stream that never ran is due at once (its first sync). */
export function nextRunAt(schedule: StreamSchedule, last: LastRun | null, now: Date): Date {
  if (!last) return now;
  if (schedule.kind === 'interval')
    return new Date(Date.parse(last.finishedAt ?? last.startedAt) + schedule.everyMinutes * 60_000);
  return nextDailyAfter(new Date(last.startedAt), schedule.dailyAt);
}

export const isScheduleDue = (schedule: StreamSchedule, last: LastRun | null, now: Date) =>
  now.getTime() >= nextRunAt(schedule, last, now).getTime() - SLACK_MS;

/** The first instant after `after` whose Ljubljana clock shows `hhmm` (or 03:00 on the day the clock skips it). */
export function nextDailyAfter(after: Date, hhmm: string): Date {
  const [hours, minutes] = hhmm.split(':').map(Number) as [number, number];
  const today = localParts(after);
  for (let day = 0; day <= 2; day += 1) {
    const instant = localInstant(today.year, today.month, today.day + day, hours, minutes);
    if (instant.getTime() > after.getTime()) return instant;
  }
  throw new Error(`No ${hhmm} within two days after ${after.toISOString()}`); // unreachable: a day has every time
}

/** The newest instant at or before `now` whose Ljubljana clock shows `hhmm`, by the same rules (the daily digest). */
export function latestDailyAtOrBefore(now: Date, hhmm: string): Date {
  let slot = nextDailyAfter(new Date(now.getTime() - 3 * 86_400_000), hhmm);
  for (let next = nextDailyAfter(slot, hhmm); next.getTime() <= now.getTime(); next = nextDailyAfter(slot, hhmm))
    slot = next;
  return slot;
}

interface LocalParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
}

const FORMAT = new Intl.DateTimeFormat('en-GB', {
  timeZone: SCHEDULE_TIME_ZONE,
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

function localParts(instant: Date): LocalParts {
  const parts = Object.fromEntries(FORMAT.formatToParts(instant).map((p) => [p.type, Number(p.value)]));
  return { year: parts.year!, month: parts.month!, day: parts.day!, hour: parts.hour!, minute: parts.minute! };
}

/** Ljubljana is UTC+1 in winter and UTC+2 in summer. */
const OFFSETS_MS = [2 * 3_600_000, 3_600_000];

/** The instant of a Ljubljana wall-clock time: the earlier one when it occurs twice, the first minute after the gap
 *  when the clock skips it. `day` may run past the month's end (Date.UTC normalises it). */
function localInstant(year: number, month: number, day: number, hour: number, minute: number): Date {
  for (let shift = 0; shift <= 60; shift += 1) {
    const wall = Date.UTC(year, month - 1, day, hour, minute + shift);
    const target = new Date(wall);
    const match = OFFSETS_MS.map((offset) => new Date(wall - offset)).find((instant) => {
      const p = localParts(instant);
      return (
        p.year === target.getUTCFullYear() &&
        p.month === target.getUTCMonth() + 1 &&
        p.day === target.getUTCDate() &&
        p.hour === target.getUTCHours() &&
        p.minute === target.getUTCMinutes()
      );
    });
    if (match) return match;
  }
  throw new Error(`No Ljubljana time ${hour}:${minute} on ${year}-${month}-${day}`); // unreachable: gaps last an hour
}
