// run-metakocka-sync: the workflow action starts a run of the chosen streams.
import { MANAGER } from 'test/e2e/sync-world';
import { useSyncWorld } from 'test/e2e/use-sync-world';

const world = useSyncWorld({ partners: 0, products: 3 });

describe('run-metakocka-sync', () => {
  it('starts a products run from a workflow step, whose jobs bring the products in', async () => {
    const answer = await world().harness.workflowAction('run-metakocka-sync', { streams: ['products'], dryRun: false }, MANAGER);
    expect(answer).toMatchObject({ runs: [{ stream: 'products', status: 'started' }] });
    await world().drain();
    expect(world().rows('metakockaProduct')).toHaveLength(3);
    expect(world().rows('metakockaSyncRun')).toEqual([expect.objectContaining({ trigger: 'WORKFLOW', status: 'SUCCEEDED' })]);
  });
});
