// sync-console-live (route /metakocka/console/live): one call returns every stream's schedule with its next run time,
// its active run's progress, rate, finish estimate and calls, and its last run; it reads kv only (no Twenty call).
import { consoleOf, MEMBER } from 'test/e2e/console-world';
import { useSyncWorld } from 'test/e2e/use-sync-world';

const world = useSyncWorld({ partners: 4, products: 2500 });
const console_ = consoleOf(world);
// route '/metakocka/console/live'

const streamOf = (body: any, stream: string) => body.streams.find((s: { stream: string }) => s.stream === stream);

describe('sync-console-live', () => {
  it("shows a running run's progress and an idle stream's next scheduled run, for no Twenty call", async () => {
    await console_.saveSettings({ pagesPerJob: 1, schedule: { partners: { dailyAt: '02:30' } } });
    const idle = await console_.call('live');
    expect(idle.status).toBe(200);
    expect(idle.body).toMatchObject({
      refreshAfterSeconds: 60,
      maintenance: { on: false, heldPushes: 0 },
      budget: { twentyCallsPerMinute: 500 },
      cost: { twentyCalls: 0 },
    });
    // Never ran: due at once.
    expect(streamOf(idle.body, 'partners').schedule).toMatchObject({
      kind: 'daily',
      dailyAt: '02:30',
      nextRunAt: idle.body.now,
    });
    expect(streamOf(idle.body, 'documents')).toMatchObject({
      enabled: false,
      run: null,
      schedule: { nextRunAt: null },
    });

    await console_.call('runNow');
    world().harness.advance(60_000);
    await console_.jobs(3); // partners' page, products' first page, …
    const running = await console_.call('live');
    expect(running.body.refreshAfterSeconds).toBe(5);
    const products = streamOf(running.body, 'products');
    expect(products.run).toMatchObject({ status: 'RUNNING', stage: 'scanning', recordsDone: 1000, dryRun: false });
    expect(products.run.recordsPerMinute).toBeGreaterThan(0);
    expect(products.run.apiCalls.metakocka).toBeGreaterThan(0);
    expect(products.run.apiCalls.twenty).toBeGreaterThan(0);
    expect(running.body.cost).toEqual({ twentyCalls: 0 });

    await world().drain();
    const done = await console_.call('live');
    const partners = streamOf(done.body, 'partners');
    expect(partners.run).toBeNull();
    expect(partners.lastRun).toMatchObject({ status: 'SUCCEEDED', stream: 'partners' });
    // The next 02:30 in Ljubljana after the run started.
    const next = new Date(partners.schedule.nextRunAt);
    expect(
      new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Ljubljana', hour: '2-digit', minute: '2-digit' }).format(
        next,
      ),
    ).toBe('02:30');
    expect(next.getTime()).toBeGreaterThan(Date.parse(partners.lastRun.startedAt));
    expect(next.getTime() - Date.parse(partners.lastRun.startedAt)).toBeLessThanOrEqual(25 * 3_600_000);
    expect(streamOf(done.body, 'products').lastRun).toMatchObject({ status: 'SUCCEEDED', counts: { created: 2500 } });

    expect((await console_.call('live', {}, MEMBER)).status).toBe(403);
  });
});
