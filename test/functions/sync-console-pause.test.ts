// sync-console-pause and sync-console-resume together (routes /metakocka/console/pause, /metakocka/console/resume):
// a paused run stops at its checkpoint, no schedule starts it again, and on resume it finishes with the same end state
// an uninterrupted run reaches (issue 16 item 3).
import { consoleOf, MEMBER, NO_PROBLEMS } from 'test/e2e/console-world';
import { MANAGER } from 'test/e2e/sync-world';
import { useSyncWorld } from 'test/e2e/use-sync-world';

const world = useSyncWorld({ partners: 8, products: 2500 });
const console_ = consoleOf(world);
// route '/metakocka/console/pause'

describe('sync-console-pause', () => {
  it('pauses mid-run at a page boundary, holds it through cron ticks, and resumes to a complete, exact sync', async () => {
    await console_.saveSettings({ pagesPerJob: 1 });
    const started = await console_.call('runNow');
    expect(started.body.runs.map((r: { stream: string; status: string }) => [r.stream, r.status])).toEqual([
      ['partners', 'started'],
      ['products', 'started'],
    ]);
    await console_.jobs(2); // partners' first page, products' first page of 1,000

    const refused = await console_.call('pause', { stream: 'products' }, MEMBER);
    expect(refused.status).toBe(403);
    const pausing = await console_.call('pause', { stream: 'products' });
    expect(pausing.body).toMatchObject({ stream: 'products', outcome: 'pausing', paused: true });
    await world().drain();

    expect(world().rows('metakockaProduct')).toHaveLength(1000);
    expect(console_.run('products')).toMatchObject({ status: 'PAUSED', recordsDone: 1000 });
    const live = await console_.call('live');
    const products = live.body.streams.find((s: { stream: string }) => s.stream === 'products');
    expect(products).toMatchObject({
      paused: true,
      run: { status: 'PAUSED', stage: 'paused', recordsDone: 1000 },
      schedule: { kind: 'interval', nextRunAt: null },
    });
    expect(live.body.cost).toEqual({ twentyCalls: 0 });

    world().harness.advance(3 * 60 * 60_000); // past the hourly schedule and the stuck-run limit
    const ticks = (await world().harness.cron('sync-cron')) as Array<{ stream: string; action: string }>;
    expect(ticks.find((d) => d.stream === 'products')?.action).toBe('paused');
    await world().drain();
    expect(world().rows('metakockaProduct')).toHaveLength(1000);

    const resumed = await console_.call('resume', { stream: 'products' });
    expect(resumed.body).toMatchObject({ outcome: 'resumed', paused: false, run: { status: 'RUNNING' } });
    await world().drain();

    expect(world().rows('metakockaProduct')).toHaveLength(2500);
    // Every product written once, none twice: what an uninterrupted run reports.
    expect(console_.run('products')).toMatchObject({ status: 'SUCCEEDED', createdCount: 2500, updatedCount: 0 });
    expect(console_.problems()).toEqual(NO_PROBLEMS);
    const audit = world()
      .rows('metakockaAuditEntry')
      .filter((e) => e.action.startsWith('console.'));
    expect(audit.map((e) => [e.action, e.actorWorkspaceMemberId])).toEqual(
      expect.arrayContaining([
        ['console.run-started', MANAGER.workspaceMemberId],
        ['console.paused', MANAGER.workspaceMemberId],
        ['console.resumed', MANAGER.workspaceMemberId],
      ]),
    );
    expect(audit.find((e) => e.action === 'console.paused')).toMatchObject({
      before: expect.stringContaining('products: not paused'),
      after: expect.stringContaining('products: paused'),
    });
  });
});
