// delete-sales-document (workflow action): off by default, so the order stays in Metakocka and the user is told why.
import { useDocumentsWorld } from 'test/e2e/use-documents-world';

const world = useDocumentsWorld({ partners: 4, products: 8, documents: 0 });

describe('delete-sales-document', () => {
  it('refuses while the admin has not allowed deletes, and the order stays in Metakocka', async () => {
    const documentId = await world.draftOrder(world.boundCompany().id, world.sellableProductIds(1));
    const pushed = (await world.harness.workflowAction('push-sales-document', { documentId })) as {
      metakockaId: string;
    };
    await expect(world.harness.workflowAction('delete-sales-document', { documentId })).rejects.toThrow(/turned off/);
    expect(world.sandbox.store.documents.get(pushed.metakockaId)).toBeDefined();
  });
});
