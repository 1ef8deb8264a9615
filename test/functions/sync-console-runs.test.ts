// sync-console-runs (route /metakocka/console/runs): the history by stream, status and date, newest first, one page
// of Twenty's filtered query at a time.
import { consoleOf, MEMBER } from 'test/e2e/console-world';
import { useSyncWorld } from 'test/e2e/use-sync-world';

const world = useSyncWorld({ partners: 2, products: 3 });
const console_ = consoleOf(world);
// route '/metakocka/console/runs'

describe('sync-console-runs', () => {
  it('pages runs newest first and filters them by stream, status, dry run and date', async () => {
    const ids: string[] = [];
    for (const body of [{}, { streams: ['products'] }, { streams: ['products'], dryRun: true }]) {
      const started = await console_.call('runNow', body);
      ids.push(...started.body.runs.map((r: { recordId: string }) => r.recordId));
      await world().drain();
      world().harness.advance(60_000);
    }
    const [, firstProducts, secondProducts, dryProducts] = ids;

    const page1 = await console_.call('runs', { stream: 'products', first: 2 }, MEMBER);
    expect(page1.status).toBe(200);
    expect(page1.body.totalCount).toBe(3);
    expect(page1.body.runs.map((r: { recordId: string }) => r.recordId)).toEqual([dryProducts, secondProducts]);
    expect(page1.body.nextCursor).toEqual(expect.any(String));
    const page2 = await console_.call('runs', { stream: 'products', first: 2, after: page1.body.nextCursor });
    expect(page2.body.runs.map((r: { recordId: string }) => r.recordId)).toEqual([firstProducts]);
    expect(page2.body.nextCursor).toBeNull();

    const dry = await console_.call('runs', { dryRun: true });
    expect(dry.body.runs).toMatchObject([{ recordId: dryProducts, dryRun: true, stream: 'products' }]);
    const succeeded = await console_.call('runs', { status: ['SUCCEEDED'], stream: 'partners' });
    expect(succeeded.body.runs).toMatchObject([{ status: 'SUCCEEDED', counts: { created: expect.any(Number) } }]);
    const future = await console_.call('runs', { from: new Date(Date.now() + 86_400_000 * 30).toISOString() });
    expect(future.body).toEqual({ runs: [], totalCount: 0, nextCursor: null });

    const bad = await console_.call('runs', { first: 500 });
    expect(bad).toMatchObject({ status: 400, body: { code: 'CONSOLE_REQUEST_INVALID' } });
  });
});
