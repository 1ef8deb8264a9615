// create-document-from-opportunity (workflow action): the opportunity's company gets an offer in Metakocka.
import { useDocumentsWorld } from 'test/e2e/use-documents-world';

const world = useDocumentsWorld({ partners: 4, products: 8, documents: 0 });

describe('create-document-from-opportunity', () => {
  it("makes an offer for the opportunity's company with the chosen lines, linked to the opportunity", async () => {
    const company = world.boundCompany();
    const opportunityId = await world.createOpportunity('Nova ponudba', company.id);
    const [productId] = world.sellableProductIds(1);
    const result = (await world.harness.workflowAction('create-document-from-opportunity', {
      opportunityId,
      documentType: 'SALES_OFFER',
      lines: [{ productId, quantity: '4', unitPrice: '2.50' }],
    })) as { documentId: string; metakockaId: string };
    const mk = world.sandbox.store.documents.get(result.metakockaId)!;
    expect(mk).toMatchObject({ docType: 'sales_offer', partner: { partnerMkId: company.partnerMkId } });
    expect(world.rows('metakockaSalesDocument').find((d) => d.id === result.documentId)).toMatchObject({
      opportunityId,
      grossTotal: expect.objectContaining({ currencyCode: 'EUR' }),
    });
  });

  it('explains an empty line list', async () => {
    const opportunityId = await world.createOpportunity('Brez vrstic', world.boundCompany().id);
    await expect(
      world.harness.workflowAction('create-document-from-opportunity', {
        opportunityId,
        documentType: 'SALES_ORDER',
        lines: [],
      }),
    ).rejects.toThrow(/The document has no lines/);
  });
});
