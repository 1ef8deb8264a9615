// run-sync (route /metakocka/sync/run): starts runs now; a dry run computes the plan and writes nothing.
import { SYNC_ROUTES } from 'server/sync/route-paths';
import { MANAGER } from 'test/e2e/sync-world';
import { useSyncWorld } from 'test/e2e/use-sync-world';

const world = useSyncWorld({ partners: 2, products: 4 });
// route '/metakocka/sync/run'

describe('run-sync', () => {
  it('a dry run writes no partner and no product, and records its plan on the run', async () => {
    const result = await world().sync({ streams: ['products'], dryRun: true });
    expect(result.status).toBe(200);
    expect(result.body).toMatchObject({ runs: [{ stream: 'products', status: 'started' }] });
    expect(world().rows('metakockaProduct')).toHaveLength(0);
    const [run] = world().rows('metakockaSyncRun');
    expect(run).toMatchObject({ isDryRun: true, createdCount: 4 });
    expect(run!.plan).toHaveLength(4);
  });

  it('refuses an unknown stream with a message saying what to send', async () => {
    const result = await world().harness.route(`/s${SYNC_ROUTES.runSync}`, { method: 'POST', body: { streams: ['invoices'] }, as: MANAGER });
    expect(result.status).toBe(400);
    expect((result.body as { error: string }).error).toMatch(/streams/);
  });
});
