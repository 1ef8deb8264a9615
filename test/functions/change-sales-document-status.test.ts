// change-sales-document-status (workflow action): an order's status changes in Metakocka and shows in Twenty.
import { rmSync } from 'node:fs';

import { ensureBuiltOutput } from 'test/twenty/harness';
import { startDocumentsWorld, type DocumentsWorld } from 'test/e2e/documents-world';

let outputDir = '';
let world: DocumentsWorld;
beforeAll(async () => {
  outputDir = await ensureBuiltOutput();
  world = await startDocumentsWorld(outputDir, { partners: 4, products: 8, documents: 0 });
}, 600_000);
afterAll(async () => {
  await world?.close();
  if (outputDir && !process.env.HARNESS_OUTPUT_DIR) rmSync(outputDir, { recursive: true, force: true }); // a given output is not ours to delete
});

describe('change-sales-document-status', () => {
  it('sets the order to "Odpremljen" in Metakocka and in Twenty', async () => {
    const documentId = await world.draftOrder(world.boundCompany().id, world.sellableProductIds(1));
    const pushed = (await world.harness.workflowAction('push-sales-document', { documentId })) as { metakockaId: string };
    await world.harness.workflowAction('change-sales-document-status', { documentId, statusCode: 'Odpremljen' });
    expect(world.sandbox.store.documents.get(pushed.metakockaId)!.statusKey).toBe('shipped');
    expect(world.rows('metakockaSalesDocument').find((d) => d.id === documentId)).toMatchObject({ status: 'Odpremljen', statusKey: 'shipped' });
  });

  it('passes on Metakocka\'s refusal of a status its register does not have', async () => {
    const documentId = await world.draftOrder(world.boundCompany().id, world.sellableProductIds(1));
    await world.harness.workflowAction('push-sales-document', { documentId });
    await expect(world.harness.workflowAction('change-sales-document-status', { documentId, statusCode: 'Izmišljen status' })).rejects.toThrow(/status/i);
  });
});
