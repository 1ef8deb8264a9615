// run-sync-step: one step of one stream; a job of an unknown run changes nothing.
import { useSyncWorld } from 'test/e2e/use-sync-world';

const world = useSyncWorld({ partners: 2, products: 4 });

describe('run-sync-step', () => {
  it('ignores a step of a run that does not exist, and fails a malformed payload without writing', async () => {
    const { harness, sandbox } = world();
    harness.enqueue('run-sync-step', { stream: 'products', runId: 'no-such-run', step: 0 });
    harness.enqueue('run-sync-step', { stream: 'nope' });
    const { failed } = await world().drain();
    expect(failed).toBe(1);
    expect(world().rows('metakockaProduct')).toHaveLength(0);
    expect(sandbox.calls.total()).toBe(0);
  });

  it("runs a started run's steps to the end and records the run", async () => {
    await world().sync({ streams: ['products'] });
    expect(world().rows('metakockaProduct')).toHaveLength(world().sandbox.store.products.count());
    expect(world().rows('metakockaSyncRun')).toEqual([
      expect.objectContaining({
        stream: 'PRODUCTS',
        status: 'SUCCEEDED',
        createdCount: world().sandbox.store.products.count(),
      }),
    ]);
  });
});
