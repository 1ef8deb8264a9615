// The console's live view says a run is waiting out Twenty's rate limit (D33) while it does, and says "scanning"
// again once the run goes on; the run loses no page over the wait.
import { CrmRateLimitedError } from 'server/crm';
import { liveView } from 'server/sync/console/live';
import { startRun } from 'server/sync/planner';
import { RATE_LIMIT_PAUSE_MS } from 'server/sync/run-sync-step';
import { createTestRuntime, type TestRuntime } from './support/runtime';
import { partner } from './support/mk-records';

const partnersRun = async (rt: TestRuntime) => (await liveView(rt)).streams.find((s) => s.stream === 'partners')!.run;

describe('a run that meets Twenty’s rate limit', () => {
  it('shows the rate-limited stage until its next job, then finishes with every partner in Twenty', async () => {
    const rt = createTestRuntime();
    for (let i = 0; i < 3; i += 1) {
      const p = partner();
      rt.mk.partners.set(p.mkId, p);
    }
    const upsert = rt.crm.companies.upsertMany.bind(rt.crm.companies);
    let limited = true;
    rt.crm.companies.upsertMany = async (drafts) => {
      if (!limited) return upsert(drafts);
      limited = false;
      throw new CrmRateLimitedError('LIMIT_REACHED');
    };
    await startRun(rt, 'partners', { trigger: 'manual', dryRun: false });
    await rt.drain({ max: 1 });

    expect(await partnersRun(rt)).toMatchObject({ stage: 'rate-limited', status: 'RUNNING' });
    expect(rt.queue).toEqual([expect.objectContaining({ fn: 'run-sync-step', delayMs: RATE_LIMIT_PAUSE_MS })]);

    rt.clock.now = new Date(rt.clock.now.getTime() + RATE_LIMIT_PAUSE_MS);
    await rt.drain({ max: 1 });
    expect((await partnersRun(rt))?.stage ?? 'finished').not.toBe('rate-limited');
    await rt.drain();
    expect(await partnersRun(rt)).toBeNull();
    expect(rt.crm.tables.companies.rows.size).toBe(3);
  });
});
