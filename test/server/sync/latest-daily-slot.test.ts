// The digest's slot, "daily at HH:MM" in Europe/Ljubljana, across both clock changes of 2027 (28 March, 31 October).
import { latestDailyAtOrBefore } from 'server/sync/schedule';

const slot = (now: string, at: string) => latestDailyAtOrBefore(new Date(now), at).toISOString();

describe('the newest daily slot in Ljubljana', () => {
  it('is today at HH:MM once that time has passed, else yesterday’s', () => {
    expect(slot('2026-12-07T07:00:00Z', '07:30')).toBe('2026-12-07T06:30:00.000Z'); // CET, +1
    expect(slot('2026-12-07T06:00:00Z', '07:30')).toBe('2026-12-06T06:30:00.000Z');
    expect(slot('2026-07-01T05:31:00Z', '07:30')).toBe('2026-07-01T05:30:00.000Z'); // CEST, +2
  });

  it('moves a time the spring change skips to 03:00', () => {
    expect(slot('2027-03-28T12:00:00Z', '02:30')).toBe('2027-03-28T01:00:00.000Z'); // 03:00 CEST
    expect(slot('2027-03-28T00:30:00Z', '02:30')).toBe('2027-03-27T01:30:00.000Z'); // still 27 March's
  });

  it('counts a time that occurs twice in autumn once, at its first occurrence', () => {
    expect(slot('2027-10-31T00:45:00Z', '02:30')).toBe('2027-10-31T00:30:00.000Z'); // first 02:30, CEST
    expect(slot('2027-10-31T01:45:00Z', '02:30')).toBe('2027-10-31T00:30:00.000Z'); // after the second: same slot
    expect(slot('2027-10-31T12:00:00Z', '02:30')).toBe('2027-10-31T00:30:00.000Z');
  });
});
