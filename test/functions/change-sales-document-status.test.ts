// change-sales-document-status (workflow action): an order's status changes in Metakocka and shows in Twenty.
import { useDocumentsWorld } from 'test/e2e/use-documents-world';

const world = useDocumentsWorld({ partners: 4, products: 8, documents: 0 });

describe('change-sales-document-status', () => {
  it('sets the order to "Odpremljen" in Metakocka and in Twenty', async () => {
    const documentId = await world.draftOrder(world.boundCompany().id, world.sellableProductIds(1));
    const pushed = (await world.harness.workflowAction('push-sales-document', { documentId })) as {
      metakockaId: string;
    };
    await world.harness.workflowAction('change-sales-document-status', { documentId, statusCode: 'Odpremljen' });
    expect(world.sandbox.store.documents.get(pushed.metakockaId)!.statusKey).toBe('shipped');
    expect(world.rows('metakockaSalesDocument').find((d) => d.id === documentId)).toMatchObject({
      status: 'Odpremljen',
      statusKey: 'shipped',
    });
  });

  it("passes on Metakocka's refusal of a status its register does not have", async () => {
    const documentId = await world.draftOrder(world.boundCompany().id, world.sellableProductIds(1));
    await world.harness.workflowAction('push-sales-document', { documentId });
    await expect(
      world.harness.workflowAction('change-sales-document-status', { documentId, statusCode: 'Izmišljen status' }),
    ).rejects.toThrow(/status/i);
  });
});
