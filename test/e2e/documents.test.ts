// End to end, the built document functions in the harness against the Metakocka sandbox and the Twenty stand-in:
// an opportunity becomes an offer and then an order; a lost answer leaves one document; an issued invoice is refused.
import { computeTotals } from 'test/sandbox/store/totals';
import { useDocumentsWorld } from './use-documents-world';

const world = useDocumentsWorld();

const twentyDoc = (id: string) => world.rows('metakockaSalesDocument').find((d) => d.id === id)!;
const sandboxDocsByBuyerOrder = (buyerOrder: string) =>
  world.sandbox.store.documents.list().filter((d) => d.head.buyer_order === buyerOrder);

describe('sales documents end to end', () => {
  it('turns an opportunity into an offer and then an order for the right partner, with lines and totals', async () => {
    const company = world.boundCompany();
    const [first, second] = world.sellableProductIds(2);
    const opportunityId = await world.createOpportunity('Sejna soba', company.id);
    const partners = world.sandbox.store.partners.list().length;
    const lines = [
      { productId: first, quantity: '2', unitPrice: '8.50' },
      { productId: second, quantity: '1', unitPrice: '45', discountPercent: '10' },
    ];
    const offer = (await world.harness.workflowAction('create-document-from-opportunity', {
      opportunityId,
      documentType: 'SALES_OFFER',
      lines,
    })) as { documentId: string; metakockaId: string };
    const order = (await world.harness.workflowAction('create-document-from-opportunity', {
      opportunityId,
      documentType: 'SALES_ORDER',
      lines,
    })) as { documentId: string; metakockaId: string };
    const mkOffer = world.sandbox.store.documents.get(offer.metakockaId)!;
    const mkOrder = world.sandbox.store.documents.get(order.metakockaId)!;
    expect([mkOffer.docType, mkOrder.docType]).toEqual(['sales_offer', 'sales_order']);
    expect([mkOffer.partner.partnerMkId, mkOrder.partner.partnerMkId]).toEqual([
      company.partnerMkId,
      company.partnerMkId,
    ]);
    expect(world.sandbox.store.partners.list()).toHaveLength(partners);
    expect(computeTotals(mkOrder).sumBasic).toBe(5_750_000_000n); // 17.00 + 45.00 less 10 % = 57.50
    expect(twentyDoc(order.documentId)).toMatchObject({
      metakockaId: mkOrder.mkId,
      countCode: mkOrder.countCode,
      opportunityId,
      companyId: company.id,
      netTotal: { amountMicros: 57_500_000 },
    });
    const lines2 = world.rows('metakockaSalesDocumentLine').filter((l) => l.salesDocumentId === order.documentId);
    expect(lines2.map((l) => l.metakockaRowKey).sort()).toEqual(
      mkOrder.lines.map((l) => `${mkOrder.mkId}:${l.rowId}`).sort(),
    );
  });

  it('a lost write answer leaves exactly one document in Metakocka', async () => {
    const company = world.boundCompany();
    const [product] = world.sellableProductIds(1);
    const opportunityId = await world.createOpportunity('Izgubljen odgovor', company.id);
    world.sandbox.failNext('lost-write', 'put_document');
    const order = (await world.harness.workflowAction('create-document-from-opportunity', {
      opportunityId,
      documentType: 'SALES_ORDER',
      lines: [{ productId: product, quantity: '3', unitPrice: '12' }],
    })) as { documentId: string };
    expect(sandboxDocsByBuyerOrder(twentyDoc(order.documentId).buyerOrder)).toHaveLength(1);
  });

  it('an issued invoice cannot be changed from Twenty, and Metakocka receives nothing', async () => {
    const data = await world.gql<{ createMetakockaSalesDocument: { id: string } }>(
      'mutation($d: MetakockaSalesDocumentCreateInput!) { createMetakockaSalesDocument(data: $d) { id } }',
      { d: { name: 'RA-1', documentType: 'SALES_BILL_DOMESTIC', isIssued: true, metakockaId: '999000111' } },
    );
    const calls = world.sandbox.calls.total();
    await expect(
      world.harness.workflowAction('push-sales-document', { documentId: data.createMetakockaSalesDocument.id }),
    ).rejects.toThrow(/issued in Metakocka and can no longer be changed/);
    expect(world.sandbox.calls.total()).toBe(calls);
  });
});
