// Crash tests: a full two-way sync killed at spread-out points (between a write and its checkpoint, mid-batch,
// mid-push; the killed call either never happens or takes effect with its answer lost), then resumed, ends with zero
// duplicates, zero missing records and zero value differences on both sides (issue #5 "Done when").
import { integrity, runCrashScenario, spreadPoints } from '../support/crash-scenario';

const SIZE = { partners: 12, products: 1100, twentyCompanies: 3 };
const POINTS = Number(process.env.CRASH_POINTS ?? 50);

describe('crash and resume', () => {
  let total = 0;
  beforeAll(async () => {
    const clean = await runCrashScenario(SIZE, null);
    expect(integrity(clean.rt)).toEqual({ duplicates: [], missing: [], mismatches: [] });
    total = clean.calls;
  });

  it(`ends exact after a crash at each of ${POINTS} points spread over a whole run`, async () => {
    expect(total * 2).toBeGreaterThanOrEqual(POINTS);
    const failures: string[] = [];
    const points = spreadPoints(total, POINTS);
    expect(points).toHaveLength(POINTS);
    for (const point of points) {
      const { rt } = await runCrashScenario(SIZE, point);
      const result = integrity(rt);
      const problems = [...result.duplicates, ...result.missing, ...result.mismatches];
      if (problems.length > 0) failures.push(`crash ${point.mode} call ${point.afterCalls}: ${problems.slice(0, 3).join('; ')}`);
    }
    expect(failures).toEqual([]);
  }, 600_000);
});
