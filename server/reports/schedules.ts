// When a saved report is delivered (issue 19 item 4): daily, weekly or monthly at a Europe/Ljubljana clock time, by
// the sync schedule's rules (server/sync/schedule.ts): a time the spring clock change skips runs at 03:00, one that
// occurs twice in autumn runs once. A monthly day past the month's end runs on its last day (31 → 30 April).
import { catalogued, SyncError } from 'server/errors';
import { nextDailyAfter } from 'server/sync/schedule';

import { ljubljanaDate } from './calendar';

export type ScheduleFrequency = 'daily' | 'weekly' | 'monthly';

export interface ReportSchedule {
  frequency: ScheduleFrequency;
  /** HH:MM on Ljubljana's clock. */
  time: string;
  /** Weekly: ISO weekday, 1 = Monday … 7 = Sunday. */
  weekday?: number;
  /** Monthly: 1–31; a month without that day delivers on its last day. */
  dayOfMonth?: number;
  /** Workspace member ids; each gets a task linking to the delivered file. */
  recipients: string[];
  /** Also post the delivery to the alert webhook (server/alerts). */
  webhook: boolean;
}

export class ScheduleInvalidError extends SyncError {
  readonly code = 'REPORT_SCHEDULE_INVALID';
  readonly retryable = false;
  constructor(
    readonly setting: string,
    value: unknown,
  ) {
    super(
      catalogued('REPORT_SCHEDULE_INVALID', { setting, value: JSON.stringify(value ?? null) }),
      'Correct the named schedule setting and save again.',
    );
  }
}

export class ScheduleRecipientUnknownError extends SyncError {
  readonly code = 'REPORT_SCHEDULE_RECIPIENT_UNKNOWN';
  readonly retryable = false;
  constructor(readonly member: string) {
    super(catalogued('REPORT_SCHEDULE_RECIPIENT_UNKNOWN', { member }), 'Pick the recipients from the member list.');
  }
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_RECIPIENTS = 50;

const isWhole = (value: unknown, min: number, max: number): value is number =>
  Number.isInteger(value) && (value as number) >= min && (value as number) <= max;

/** A schedule as stored: each setting checked and named when wrong; weekday and day of month kept only where they
 *  apply. Whether the recipients are workspace members is the caller's check (it needs Twenty). */
export function checkSchedule(input: ReportSchedule): ReportSchedule {
  if (!['daily', 'weekly', 'monthly'].includes(input.frequency))
    throw new ScheduleInvalidError('frequency', input.frequency);
  if (!TIME.test(input.time)) throw new ScheduleInvalidError('time', input.time);
  const recipients = [...new Set(input.recipients.map((id) => id.toLowerCase()))];
  if (recipients.length === 0 || recipients.length > MAX_RECIPIENTS || !recipients.every((id) => UUID.test(id)))
    throw new ScheduleInvalidError('recipients', input.recipients);
  const schedule: ReportSchedule = {
    frequency: input.frequency,
    time: input.time,
    recipients,
    webhook: input.webhook,
  };
  if (input.frequency === 'weekly') {
    if (!isWhole(input.weekday, 1, 7)) throw new ScheduleInvalidError('weekday', input.weekday);
    schedule.weekday = input.weekday;
  }
  if (input.frequency === 'monthly') {
    if (!isWhole(input.dayOfMonth, 1, 31)) throw new ScheduleInvalidError('dayOfMonth', input.dayOfMonth);
    schedule.dayOfMonth = input.dayOfMonth;
  }
  return schedule;
}

/** Whether a Ljubljana calendar date is one the schedule delivers on. */
function deliversOn(schedule: ReportSchedule, date: string): boolean {
  const [year, month, day] = date.split('-').map(Number) as [number, number, number];
  if (schedule.frequency === 'weekly')
    return (new Date(Date.UTC(year, month - 1, day)).getUTCDay() || 7) === schedule.weekday;
  if (schedule.frequency === 'monthly') {
    const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
    return day === Math.min(schedule.dayOfMonth ?? 1, lastDay);
  }
  return true;
}

/** The first delivery slot after `after`. */
export function nextSlotAfter(schedule: ReportSchedule, after: Date): Date {
  let slot = nextDailyAfter(after, schedule.time);
  while (!deliversOn(schedule, ljubljanaDate(slot))) slot = nextDailyAfter(slot, schedule.time);
  return slot;
}

/** Far enough back that a slot lies between it and any instant: a month and a clock change, twice over. */
const LOOKBACK_MS = 64 * 86_400_000;

/** The newest delivery slot at or before `now`. */
export function latestSlotAtOrBefore(schedule: ReportSchedule, now: Date): Date {
  let slot = nextSlotAfter(schedule, new Date(now.getTime() - LOOKBACK_MS));
  for (let next = nextSlotAfter(schedule, slot); next.getTime() <= now.getTime(); next = nextSlotAfter(schedule, slot))
    slot = next;
  return slot;
}
