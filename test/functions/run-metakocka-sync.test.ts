// run-metakocka-sync: the workflow action starts a run of the chosen streams.
import { MANAGER } from 'test/e2e/sync-world';
import { useSyncWorld } from 'test/e2e/use-sync-world';
import { loadBuiltManifest } from 'test/plugin/built-manifest';

const world = useSyncWorld({ partners: 2, products: 3, documents: 2 });

describe('run-metakocka-sync', () => {
  it('starts a products run from a workflow step, whose jobs bring the products in', async () => {
    const answer = await world().harness.workflowAction(
      'run-metakocka-sync',
      { streams: ['products'], dryRun: false },
      MANAGER,
    );
    expect(answer).toMatchObject({ runs: [{ stream: 'products', status: 'started' }] });
    await world().drain();
    expect(world().rows('metakockaProduct')).toHaveLength(3);
    expect(world().rows('metakockaSyncRun')).toEqual([
      expect.objectContaining({ trigger: 'WORKFLOW', status: 'SUCCEEDED' }),
    ]);
  });

  it('offers sales documents in the workflow editor, and a documents step brings them in', async () => {
    const action = (await loadBuiltManifest()).logicFunctions.find(
      (fn: { name: string }) => fn.name === 'run-metakocka-sync',
    );
    expect(action.workflowActionTriggerSettings.inputSchema[0].properties.streams.items.enum).toEqual([
      'partners',
      'products',
      'documents',
    ]);

    await world().harness.workflowAction('run-metakocka-sync', { streams: ['partners'] }, MANAGER);
    await world().drain();
    const answer = await world().harness.workflowAction('run-metakocka-sync', { streams: ['documents'] }, MANAGER);
    await world().drain();

    expect(answer).toMatchObject({ runs: [{ stream: 'documents', status: 'started' }] });
    expect(
      world()
        .rows('metakockaSalesDocument')
        .map((row) => row.metakockaId)
        .sort(),
    ).toEqual(
      world()
        .sandbox.store.documents.list()
        .map((doc) => doc.mkId)
        .sort(),
    );
  });
});
