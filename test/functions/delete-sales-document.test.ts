// delete-sales-document (workflow action): off by default, so the order stays in Metakocka and the user is told why.
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

describe('delete-sales-document', () => {
  it('refuses while the admin has not allowed deletes, and the order stays in Metakocka', async () => {
    const documentId = await world.draftOrder(world.boundCompany().id, world.sellableProductIds(1));
    const pushed = (await world.harness.workflowAction('push-sales-document', { documentId })) as { metakockaId: string };
    await expect(world.harness.workflowAction('delete-sales-document', { documentId })).rejects.toThrow(/turned off/);
    expect(world.sandbox.store.documents.get(pushed.metakockaId)).toBeDefined();
  });
});
