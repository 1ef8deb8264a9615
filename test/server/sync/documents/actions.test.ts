// Document actions a user runs from Twenty, against the Metakocka sandbox.
import { parseDocumentAction, runDocumentAction, type ActionDeps } from 'server/sync/documents/actions/actions';
import { computeTotals } from 'test/sandbox/store/totals';
import { bindPartners, bindProducts, draftInTwenty, pushDeps, startDocumentsEnv, type DocumentsEnv } from './support';

describe('document actions', () => {
  let env: DocumentsEnv;
  let companyId: string;
  let partnerMkId: string;
  let productIds: string[];
  const deps = (more: Partial<ActionDeps> = {}): ActionDeps => ({
    ...pushDeps(env),
    opportunities: env.opportunities,
    allowOrderDelete: false,
    ...more,
  });
  const row = (id: string) => env.tables.documents.rows.get(id)!;

  beforeAll(async () => {
    env = await startDocumentsEnv({ documents: 20 });
    await bindPartners(env);
    await bindProducts(env);
    const company = [...env.rt.crm.tables.companies.rows.values()][0]!;
    companyId = company.id;
    partnerMkId = company.metakockaPartnerId;
    const sellable = new Set(
      env.sandbox.store.products
        .list()
        .filter((p) => p.sales && p.activated && p.tax)
        .map((p) => p.mkId),
    );
    productIds = [...env.rt.crm.tables.metakockaProducts.rows.values()]
      .filter((p) => sellable.has(p.metakockaId))
      .slice(0, 2)
      .map((p) => p.id);
  });
  afterAll(() => env.close());

  it("turns an opportunity into an offer and then an order for the opportunity's company, without a new partner", async () => {
    const [opportunity] = await env.opportunities.upsertMany([
      {
        name: 'Sejna soba Alpska',
        companyId,
        pointOfContactId: null,
        amount: { amountMicros: 0, currencyCode: 'EUR' },
      },
    ]);
    const partners = env.sandbox.store.partners.list().length;
    const lines = [
      { productId: productIds[0]!, quantity: '2', unitPrice: '8.50' },
      { productId: productIds[1]!, quantity: 1, discountPercent: '10', unitPrice: '45' },
    ];
    const offer = await runDocumentAction(
      deps(),
      parseDocumentAction({
        action: 'create-from-opportunity',
        opportunityId: opportunity!.id,
        documentType: 'SALES_OFFER',
        lines,
      }),
    );
    const order = await runDocumentAction(
      deps(),
      parseDocumentAction({
        action: 'create-from-opportunity',
        opportunityId: opportunity!.id,
        documentType: 'SALES_ORDER',
        lines,
      }),
    );
    const mkOffer = env.sandbox.store.documents.get(offer.metakockaId!)!;
    const mkOrder = env.sandbox.store.documents.get(order.metakockaId!)!;
    expect([mkOffer.docType, mkOrder.docType]).toEqual(['sales_offer', 'sales_order']);
    expect(mkOrder.partner.partnerMkId).toBe(partnerMkId);
    expect(env.sandbox.store.partners.list()).toHaveLength(partners);
    // 2 × 8.50 + 1 × 45 less 10 % = 17.00 + 40.50 = 57.50 net
    expect(computeTotals(mkOrder).sumBasic).toBe(5_750_000_000n);
    expect(row(order.documentId)).toMatchObject({
      opportunityId: opportunity!.id,
      companyId,
      metakockaId: mkOrder.mkId,
      netTotal: { amountMicros: '57500000' },
    });
  });

  it('running the same "create from opportunity" twice makes one document, not two', async () => {
    const [opportunity] = await env.opportunities.upsertMany([
      { name: 'Dvojni klik', companyId, pointOfContactId: null, amount: null },
    ]);
    const input = {
      action: 'create-from-opportunity',
      opportunityId: opportunity!.id,
      documentType: 'SALES_ORDER',
      lines: [{ productId: productIds[0]!, quantity: '1', unitPrice: '10' }],
    };
    const first = await runDocumentAction(deps(), parseDocumentAction(input));
    const second = await runDocumentAction(deps(), parseDocumentAction(input));
    expect(second.metakockaId).toBe(first.metakockaId);
    expect(
      env.sandbox.store.documents.list().filter((d) => d.head.buyer_order === row(first.documentId).buyerOrder),
    ).toHaveLength(1);
  });

  it("changes an order's status in Metakocka and shows it in Twenty; offers are refused with the reason", async () => {
    const id = await draftInTwenty(env, {
      type: 'SALES_ORDER',
      companyId,
      lines: [{ productMkId: env.sandbox.store.products.list().find((p) => p.tax)!.mkId, quantity: 1 }],
    });
    await runDocumentAction(deps(), { action: 'push', documentId: id });
    const result = await runDocumentAction(
      deps(),
      parseDocumentAction({ action: 'change-status', documentId: id, statusCode: 'Odpremljen' }),
    );
    expect(result.message).toMatch(/Odpremljen/);
    expect(env.sandbox.store.documents.get(row(id).metakockaId)!.statusKey).toBe('shipped');
    expect(row(id)).toMatchObject({ status: 'Odpremljen', statusKey: 'shipped' });
    const offer = [...env.tables.documents.rows.values()].find(
      (d) => d.documentType === 'SALES_OFFER' && d.metakockaId,
    )!;
    await expect(
      runDocumentAction(deps(), { action: 'change-status', documentId: offer.id, statusCode: 'Odprta' }),
    ).rejects.toThrow(/sales orders only/);
  });

  it('says a status Metakocka does not know as a sentence and hands on the valid names it lists, not its raw text', async () => {
    const id = await draftInTwenty(env, {
      type: 'SALES_ORDER',
      companyId,
      lines: [{ productMkId: env.sandbox.store.products.list().find((p) => p.tax)!.mkId, quantity: 1 }],
    });
    await runDocumentAction(deps(), { action: 'push', documentId: id });
    type Refusal = { message: string; action: string; reason: string; choices: string[] };
    const refusal = (await runDocumentAction(deps(), {
      action: 'change-status',
      documentId: id,
      statusCode: 'Poslano',
    }).catch((error: unknown) => error)) as Refusal;
    expect(refusal).toMatchObject({
      reason: 'UNKNOWN_STATUS',
      message: 'Metakocka has no order status named "Poslano" in this company.',
      choices: expect.arrayContaining(['Odpremljen']),
    });
    expect(refusal.action).toContain('Odpremljen');
    expect(JSON.stringify([refusal.message, refusal.action])).not.toMatch(/Paramether|opr_code|status_code/);
  });

  it('names an unlinked customer and how to link it, instead of its id and "an address"', async () => {
    const [unlinked] = await env.rt.crm.companies.upsertMany([{ name: 'Kavarna Brez Povezave d.o.o.' }]);
    const [opportunity] = await env.opportunities.upsertMany([
      { name: 'Kava za sejno sobo', companyId: unlinked!.id, pointOfContactId: null },
    ]);
    const attempt = runDocumentAction(
      deps({ pushPartner: async () => undefined }),
      parseDocumentAction({
        action: 'create-from-opportunity',
        opportunityId: opportunity!.id,
        documentType: 'SALES_OFFER',
        lines: [{ productId: productIds[0]!, quantity: '1', unitPrice: '5' }],
      }),
    );
    await expect(attempt).rejects.toMatchObject({
      message: expect.stringContaining(
        'The company "Kavarna Brez Povezave d.o.o." is not linked to a Metakocka partner',
      ),
      action: expect.stringContaining('Link to Metakocka partner'),
    });
    await expect(attempt).rejects.not.toMatchObject({ message: expect.stringContaining(unlinked!.id) });
  });

  it('deletes an order in Metakocka only when the admin allowed it, and keeps the record marked deleted', async () => {
    const id = await draftInTwenty(env, {
      type: 'SALES_ORDER',
      companyId,
      lines: [{ productMkId: env.sandbox.store.products.list().find((p) => p.tax)!.mkId, quantity: 3 }],
    });
    await runDocumentAction(deps(), { action: 'push', documentId: id });
    const mkId = row(id).metakockaId;
    await expect(runDocumentAction(deps(), { action: 'delete', documentId: id })).rejects.toMatchObject({
      reason: 'DELETE_DISABLED',
    });
    expect(env.sandbox.store.documents.get(mkId)).toBeDefined();
    await runDocumentAction(deps({ allowOrderDelete: true }), { action: 'delete', documentId: id });
    expect(env.sandbox.store.documents.get(mkId)).toBeUndefined();
    expect(row(id)).toMatchObject({ isDeletedInMetakocka: true, deletedAt: null });
  });

  it('says offers cannot be deleted through the API', async () => {
    const offer = [...env.tables.documents.rows.values()].find(
      (d) => d.documentType === 'SALES_OFFER' && d.metakockaId,
    )!;
    await expect(
      runDocumentAction(deps({ allowOrderDelete: true }), { action: 'delete', documentId: offer.id }),
    ).rejects.toThrow(/cannot delete offers, invoices or credit notes/);
  });

  it('explains a malformed action instead of failing somewhere inside', () => {
    expect(() => parseDocumentAction({ action: 'push', documentId: 'nope' })).toThrow(/documentId/);
    expect(() =>
      parseDocumentAction({
        action: 'create-from-opportunity',
        opportunityId: '2f1c7a7e-2b44-4a53-9a59-7f7d0f6f1e11',
        documentType: 'SALES_ORDER',
        lines: [],
      }),
    ).toThrow(/The document action is not valid: lines\./);
  });
});
