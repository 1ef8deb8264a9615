// sales-document-action (route /metakocka/documents/action): what the command menu calls.
import { MAX_OPPORTUNITY_DOCUMENT_LINES } from 'plugin/constants/document-lines';
import { SYNC_EVENT_TIMELINE_ACTIVITY_TYPE_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { documentActionAnswer } from 'server/routes/contracts';
import { MANAGER } from 'test/e2e/sync-world';
import { useDocumentsWorld } from 'test/e2e/use-documents-world';

const PATH = '/s/metakocka/documents/action';
const world = useDocumentsWorld({ partners: 4, products: 8, documents: 0 });

describe('sales-document-action', () => {
  it('pushes a document for a signed-in user and answers with its Metakocka number', async () => {
    const documentId = await world.draftOrder(world.boundCompany().id, world.sellableProductIds(1));
    const reply = await world.harness.route(PATH, {
      method: 'POST',
      body: { action: 'push', documentId },
      as: MANAGER,
    });
    expect(reply.status).toBe(200);
    const body = documentActionAnswer.parse(reply.body); // the answer is the contract's
    expect(world.sandbox.store.documents.get(body.metakockaId!)!.countCode).toBe(body.countCode);
    expect(body.message).toContain(body.countCode!);
    // The document's timeline tells the push (D81): one row of the app's type, nowhere else.
    const type = world.standIn.timelineTypes.find(
      (t) => t.universalIdentifier === SYNC_EVENT_TIMELINE_ACTIVITY_TYPE_UNIVERSAL_IDENTIFIER,
    )!;
    const rows = world.rows('timelineActivity').filter((row) => row.timelineActivityTypeId === type.id);
    expect(rows.map((row) => [row.targetMetakockaSalesDocumentId, row.properties.event])).toEqual([
      [documentId, 'pushed'],
    ]);
  });

  it('answers 422 with what to do for an invalid action, and calls Metakocka not at all', async () => {
    const calls = world.sandbox.calls.total();
    const reply = await world.harness.route(PATH, { method: 'POST', body: { action: 'publish' }, as: MANAGER });
    expect(reply.status).toBe(422);
    expect(reply.body).toMatchObject({ code: 'MAPPING', action: expect.stringMatching(/create-from-opportunity/) });
    expect(world.sandbox.calls.total()).toBe(calls);
  });

  it('refuses a document from an opportunity with more lines than the offer/order form allows, naming the cap, and makes nothing', async () => {
    const opportunityId = await world.createOpportunity('Velika ponudba', world.boundCompany().id);
    const [productId] = world.sellableProductIds(1);
    const lines = Array.from({ length: MAX_OPPORTUNITY_DOCUMENT_LINES + 1 }, () => ({
      productId,
      quantity: '1',
      unitPrice: '2.50',
    }));
    const calls = world.sandbox.calls.total();
    const documents = world.rows('metakockaSalesDocument').length;

    const reply = await world.harness.route(PATH, {
      method: 'POST',
      body: { action: 'create-from-opportunity', opportunityId, documentType: 'SALES_OFFER', lines },
      as: MANAGER,
    });

    expect(reply.status).toBe(422);
    expect(reply.body).toMatchObject({
      code: 'MAPPING',
      error: expect.stringContaining('at most 50 lines, and this one has 51'),
    });
    expect(world.rows('metakockaSalesDocument')).toHaveLength(documents);
    expect(world.rows('metakockaSalesDocument').filter((document) => document.opportunityId === opportunityId)).toEqual(
      [],
    );
    expect(world.sandbox.calls.total()).toBe(calls);
  });
});
