// Delivery slots of saved reports on Ljubljana's clock, across both 2027 clock changes: a skipped time runs at 03:00,
// a repeated one once; weekly and monthly slots fall on their day, a month without the day on its last one.
import { checkSchedule, latestSlotAtOrBefore, nextSlotAfter, type ReportSchedule } from 'server/reports/schedules';

const at = (iso: string) => new Date(iso);
const schedule = (overrides: Partial<ReportSchedule>): ReportSchedule => ({
  frequency: 'daily',
  time: '02:30',
  recipients: ['c3d4e5f6-0c4e-4b9a-9d55-1a2b3c4d5e09'],
  webhook: false,
  ...overrides,
});

describe('report schedule slots', () => {
  it('runs a time the spring change skips (2027-03-28 02:30) at 03:00 CEST, then 02:30 again', () => {
    const daily = schedule({});
    const skipped = nextSlotAfter(daily, at('2027-03-27T12:00:00Z'));
    expect(skipped.toISOString()).toBe('2027-03-28T01:00:00.000Z'); // 03:00 CEST
    expect(nextSlotAfter(daily, skipped).toISOString()).toBe('2027-03-29T00:30:00.000Z'); // 02:30 CEST
    const sunday = schedule({ frequency: 'weekly', weekday: 7 });
    expect(nextSlotAfter(sunday, at('2027-03-22T00:00:00Z')).toISOString()).toBe('2027-03-28T01:00:00.000Z');
  });

  it('runs a time that occurs twice in autumn (2027-10-31 02:30) once, at its first occurrence', () => {
    const daily = schedule({});
    const first = nextSlotAfter(daily, at('2027-10-30T12:00:00Z'));
    expect(first.toISOString()).toBe('2027-10-31T00:30:00.000Z'); // 02:30 CEST
    expect(nextSlotAfter(daily, first).toISOString()).toBe('2027-11-01T01:30:00.000Z'); // 02:30 CET, next day
    // At the second 02:30 the newest slot is still the first one: no second delivery that night.
    expect(latestSlotAtOrBefore(daily, at('2027-10-31T01:45:00Z')).toISOString()).toBe('2027-10-31T00:30:00.000Z');
  });

  it('finds the newest slot after a gap of days: one slot, not one per missed day', () => {
    const daily = schedule({ time: '07:00' });
    expect(latestSlotAtOrBefore(daily, at('2027-01-20T09:00:00Z')).toISOString()).toBe('2027-01-20T06:00:00.000Z');
    expect(latestSlotAtOrBefore(daily, at('2027-01-20T05:59:00Z')).toISOString()).toBe('2027-01-19T06:00:00.000Z');
  });

  it('delivers weekly on the weekday and monthly on the day, or the last day of a shorter month', () => {
    const monday = schedule({ frequency: 'weekly', weekday: 1, time: '08:00' });
    expect(nextSlotAfter(monday, at('2027-01-06T00:00:00Z')).toISOString()).toBe('2027-01-11T07:00:00.000Z');
    const month31 = schedule({ frequency: 'monthly', dayOfMonth: 31, time: '06:00' });
    expect(nextSlotAfter(month31, at('2027-04-01T00:00:00Z')).toISOString()).toBe('2027-04-30T04:00:00.000Z');
    expect(nextSlotAfter(month31, at('2027-02-01T00:00:00Z')).toISOString()).toBe('2027-02-28T05:00:00.000Z');
    expect(latestSlotAtOrBefore(month31, at('2027-06-15T00:00:00Z')).toISOString()).toBe('2027-05-31T04:00:00.000Z');
  });
});

describe('checkSchedule', () => {
  it.each([
    [{ time: '24:00' }, 'time'],
    [{ frequency: 'weekly' as const }, 'weekday'],
    [{ frequency: 'weekly' as const, weekday: 8 }, 'weekday'],
    [{ frequency: 'monthly' as const, dayOfMonth: 0 }, 'dayOfMonth'],
    [{ recipients: [] }, 'recipients'],
    [{ recipients: ['not-a-member-id'] }, 'recipients'],
  ])('refuses %j naming %s', (overrides, setting) => {
    expect(() => checkSchedule(schedule(overrides))).toThrow(expect.objectContaining({ setting }));
  });

  it('keeps only the settings that apply and each recipient once', () => {
    const id = 'C3D4E5F6-0C4E-4B9A-9D55-1A2B3C4D5E09';
    expect(checkSchedule(schedule({ weekday: 3, dayOfMonth: 4, recipients: [id, id.toLowerCase()] }))).toEqual(
      schedule({}),
    );
  });
});
