// run-sync (route /metakocka/sync/run): starts runs now; a dry run computes the plan and writes nothing.
import { MAX_ANSWER_BYTES } from 'server/metakocka/client';
import { SYNC_ROUTES } from 'plugin/constants/route-paths';
import { runSyncAnswer } from 'server/routes/contracts';
import { OVERSIZED_ANSWER_BYTES } from 'test/sandbox/faults';
import { MANAGER } from 'test/e2e/sync-world';
import { useSyncWorld } from 'test/e2e/use-sync-world';

const world = useSyncWorld({ partners: 2, products: 4 });
// route '/metakocka/sync/run'

describe('run-sync', () => {
  it('a dry run writes no partner and no product, and records its plan on the run', async () => {
    const result = await world().sync({ streams: ['products'], dryRun: true });
    expect(result.status).toBe(200);
    expect(runSyncAnswer.parse(result.body)).toMatchObject({ runs: [{ stream: 'products', status: 'started' }] });
    expect(world().rows('metakockaProduct')).toHaveLength(0);
    const [run] = world().rows('metakockaSyncRun');
    expect(run).toMatchObject({ isDryRun: true, createdCount: 4 });
    expect(run!.plan).toHaveLength(4);
  });

  it('refuses an unknown stream with a message saying what to send', async () => {
    const result = await world().harness.route(`/s${SYNC_ROUTES.runSync}`, {
      method: 'POST',
      body: { streams: ['invoices'] },
      as: MANAGER,
    });
    expect(result.status).toBe(400);
    expect((result.body as { error: string }).error).toMatch(/streams/);
  });

  it('fails a run whose Metakocka answer is over the size cap, says which call and what cap, retries nothing and writes no record', async () => {
    expect(OVERSIZED_ANSWER_BYTES).toBeGreaterThan(MAX_ANSWER_BYTES);
    world().sandbox.failNext('oversized', 'get_partner'); // the partner register, padded to 40 MiB of valid JSON

    const result = await world().sync({ streams: ['partners'] });

    expect(result.status).toBe(200);
    const [run] = world().rows('metakockaSyncRun');
    expect(run).toMatchObject({
      stream: 'PARTNERS',
      status: 'FAILED',
      errorSummary: expect.stringContaining('MK_ANSWER_TOO_LARGE'),
    });
    expect(run!.errorSummary).toContain("Metakocka's answer to get_partner is larger than 32 MiB");
    expect(world().rows('company')).toEqual([]);
    expect(world().rows('person')).toEqual([]);
    expect(world().sandbox.calls.byMethod().get_partner).toBe(1);
  });
});
