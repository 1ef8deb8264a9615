// Daily schedules in Europe/Ljubljana across the 2027 clock changes (28 March: 02:00 → 03:00; 31 October: 03:00 → 02:00).
import { DEFAULT_SETTINGS } from 'server/settings/schema';
import { isScheduleDue, nextDailyAfter, nextRunAt, scheduleOf } from 'server/sync/schedule';

const at = (iso: string) => new Date(iso);

describe('daily schedule in Europe/Ljubljana', () => {
  it('runs at the local time in winter and in summer', () => {
    expect(nextDailyAfter(at('2027-01-10T12:00:00Z'), '02:30').toISOString()).toBe('2027-01-11T01:30:00.000Z');
    expect(nextDailyAfter(at('2027-07-10T12:00:00Z'), '02:30').toISOString()).toBe('2027-07-11T00:30:00.000Z');
  });

  it('runs a time the spring change skips at 03:00, once', () => {
    const skipped = nextDailyAfter(at('2027-03-27T12:00:00Z'), '02:30');
    expect(skipped.toISOString()).toBe('2027-03-28T01:00:00.000Z'); // 03:00 CEST
    expect(nextDailyAfter(skipped, '02:30').toISOString()).toBe('2027-03-29T00:30:00.000Z');
    // A time just outside the gap is untouched on that day.
    expect(nextDailyAfter(at('2027-03-27T12:00:00Z'), '01:59').toISOString()).toBe('2027-03-28T00:59:00.000Z');
    expect(nextDailyAfter(at('2027-03-27T12:00:00Z'), '03:00').toISOString()).toBe('2027-03-28T01:00:00.000Z');
  });

  it('runs a time that occurs twice in autumn once, at its first occurrence', () => {
    const first = nextDailyAfter(at('2027-10-30T12:00:00Z'), '02:30');
    expect(first.toISOString()).toBe('2027-10-31T00:30:00.000Z'); // 02:30 CEST; 02:30 CET follows at 01:30Z
    const next = nextDailyAfter(first, '02:30');
    expect(next.toISOString()).toBe('2027-11-01T01:30:00.000Z');
  });

  it('is due at the cron tick after the time, and not again at the repeated hour', () => {
    const settings = {
      ...DEFAULT_SETTINGS,
      schedule: { ...DEFAULT_SETTINGS.schedule, partners: { dailyAt: '02:30' } },
    };
    const schedule = scheduleOf(settings, 'partners');
    expect(schedule).toEqual({ kind: 'daily', dailyAt: '02:30' });
    const last = { startedAt: '2027-10-30T00:30:05Z', finishedAt: '2027-10-30T00:40:00Z' };
    expect(isScheduleDue(schedule, last, at('2027-10-31T00:25:00Z'))).toBe(false);
    expect(isScheduleDue(schedule, last, at('2027-10-31T00:30:00Z'))).toBe(true);
    const ranAtFirst = { startedAt: '2027-10-31T00:30:02Z', finishedAt: '2027-10-31T00:41:00Z' };
    expect(isScheduleDue(schedule, ranAtFirst, at('2027-10-31T01:30:00Z'))).toBe(false); // the second 02:30
    expect(isScheduleDue(schedule, ranAtFirst, at('2027-10-31T01:35:00Z'))).toBe(false);
  });

  it('spring: a run at 03:00 does not run again at the real 03:00 that day', () => {
    const schedule = { kind: 'daily', dailyAt: '02:30' } as const;
    const ran = { startedAt: '2027-03-28T01:00:10Z', finishedAt: '2027-03-28T01:09:00Z' };
    expect(isScheduleDue(schedule, ran, at('2027-03-28T01:30:00Z'))).toBe(false);
    expect(nextRunAt(schedule, ran, at('2027-03-28T02:00:00Z')).toISOString()).toBe('2027-03-29T00:30:00.000Z');
  });

  it('an interval counts from the end of the last run; a stream that never ran is due at once', () => {
    const schedule = scheduleOf(DEFAULT_SETTINGS, 'partners');
    expect(schedule).toEqual({ kind: 'interval', everyMinutes: 60 });
    const now = at('2027-03-28T01:00:00Z');
    expect(nextRunAt(schedule, null, now)).toEqual(now);
    const last = { startedAt: '2027-03-28T00:00:00Z', finishedAt: '2027-03-28T00:10:00Z' };
    expect(nextRunAt(schedule, last, now).toISOString()).toBe('2027-03-28T01:10:00.000Z');
  });
});
