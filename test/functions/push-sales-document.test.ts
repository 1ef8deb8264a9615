// push-sales-document (workflow action): an order drafted in Twenty goes to Metakocka once, bound and read back.
import { useDocumentsWorld } from 'test/e2e/use-documents-world';

const world = useDocumentsWorld({ partners: 4, products: 8, documents: 0 });

describe('push-sales-document', () => {
  it("creates the order in Metakocka for the company's partner and binds the Twenty record to it", async () => {
    const company = world.boundCompany();
    const documentId = await world.draftOrder(company.id, world.sellableProductIds(2));
    const result = (await world.harness.workflowAction('push-sales-document', { documentId })) as {
      metakockaId: string;
      countCode: string;
    };
    const mk = world.sandbox.store.documents.get(result.metakockaId)!;
    expect(mk).toMatchObject({ docType: 'sales_order', partner: { partnerMkId: company.partnerMkId } });
    expect(mk.lines.map((l) => l.amount / 100_000_000n)).toEqual([1n, 2n]);
    const row = world.rows('metakockaSalesDocument').find((d) => d.id === documentId)!;
    expect(row).toMatchObject({ metakockaId: mk.mkId, countCode: mk.countCode, buyerOrder: mk.head.buyer_order });
  });

  it('refuses a document id that does not exist, saying so', async () => {
    await expect(
      world.harness.workflowAction('push-sales-document', { documentId: '2f1c7a7e-2b44-4a53-9a59-7f7d0f6f1e11' }),
    ).rejects.toThrow(/does not exist in Twenty/);
  });
});
