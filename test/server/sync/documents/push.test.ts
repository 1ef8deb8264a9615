// Pushing documents made in Twenty to the Metakocka sandbox: what ends up on both sides.
import { pushSalesDocument } from 'server/sync/documents/push/push';
import { computeTotals } from 'test/sandbox/store/totals';
import {
  bindPartners,
  bindProducts,
  draftInTwenty,
  pushDeps,
  startDocumentsEnv,
  syncedBindingHash,
  type DocumentsEnv,
} from './support';

const micros = (dec: bigint) => String(dec / 100n);

describe('pushSalesDocument', () => {
  let env: DocumentsEnv;
  let companyId: string;
  let partnerMkId: string;
  let productMkIds: string[];
  beforeAll(async () => {
    env = await startDocumentsEnv({ documents: 20 });
    await bindPartners(env);
    await bindProducts(env);
    const company = [...env.rt.crm.tables.companies.rows.values()][0]!;
    companyId = company.id;
    partnerMkId = company.metakockaPartnerId;
    productMkIds = env.sandbox.store.products
      .list()
      .filter((p) => p.sales && p.activated && p.tax)
      .slice(0, 3)
      .map((p) => p.mkId);
  });
  afterAll(() => env.close());

  const byBuyerOrder = (buyerOrder: string) =>
    env.sandbox.store.documents.list().filter((d) => d.head.buyer_order === buyerOrder);
  const row = (id: string) => env.tables.documents.rows.get(id)!;
  const linesOf = (id: string) =>
    [...env.tables.lines.rows.values()].filter((l) => l.salesDocumentId === id && !l.deletedAt);

  it("creates the order in Metakocka for the company's own partner, binds it and shows Metakocka's lines and totals", async () => {
    const partnersBefore = env.sandbox.store.partners.list().length;
    const id = await draftInTwenty(env, {
      type: 'SALES_ORDER',
      companyId,
      lines: [
        { productMkId: productMkIds[0]!, quantity: 2 },
        { productMkId: productMkIds[1]!, quantity: 1, discountPercent: 10 },
      ],
    });
    const outcome = await pushSalesDocument(pushDeps(env), id);
    expect(outcome.action).toBe('created');
    const [mk] = byBuyerOrder(row(id).buyerOrder);
    expect(byBuyerOrder(row(id).buyerOrder)).toHaveLength(1);
    expect(mk).toMatchObject({ mkId: outcome.metakockaId, docType: 'sales_order', partner: { partnerMkId } });
    expect(mk!.lines.map((l) => [l.productMkId, l.amount / 100_000_000n])).toEqual([
      [productMkIds[0], 2n],
      [productMkIds[1], 1n],
    ]);
    expect(env.sandbox.store.partners.list()).toHaveLength(partnersBefore); // no new partner (API.md §6 item 10)
    expect(row(id)).toMatchObject({
      metakockaId: mk!.mkId,
      countCode: mk!.countCode,
      grossTotal: { amountMicros: micros(computeTotals(mk!).sumAll) },
    });
    expect(
      linesOf(id)
        .map((l) => l.metakockaRowKey)
        .sort(),
    ).toEqual(mk!.lines.map((l) => `${mk!.mkId}:${l.rowId}`).sort());
  });

  it('creates an offer the same way', async () => {
    const id = await draftInTwenty(env, {
      type: 'SALES_OFFER',
      companyId,
      lines: [{ productMkId: productMkIds[2]!, quantity: 3 }],
    });
    await pushSalesDocument(pushDeps(env), id);
    expect(byBuyerOrder(row(id).buyerOrder).map((d) => d.docType)).toEqual(['sales_offer']);
  });

  it('after a lost answer leaves exactly one document in Metakocka, found by its buyer order, and binds it', async () => {
    const id = await draftInTwenty(env, {
      type: 'SALES_ORDER',
      companyId,
      lines: [{ productMkId: productMkIds[0]!, quantity: 5 }],
    });
    env.sandbox.core.failNext('lost-write', 'put_document');
    const outcome = await pushSalesDocument(pushDeps(env), id);
    expect(outcome.action).toBe('found-after-lost-answer');
    expect(byBuyerOrder(row(id).buyerOrder)).toHaveLength(1);
    expect(row(id).metakockaId).toBe(outcome.metakockaId);
    await pushSalesDocument(pushDeps(env), id); // a retry of the same push changes nothing in Metakocka's count
    expect(byBuyerOrder(row(id).buyerOrder)).toHaveLength(1);
  });

  it("updates an unissued order from an edited quantity without losing lines or Metakocka's own notes", async () => {
    const id = await draftInTwenty(env, {
      type: 'SALES_ORDER',
      companyId,
      lines: [
        { productMkId: productMkIds[0]!, quantity: 1 },
        { productMkId: productMkIds[1]!, quantity: 1 },
      ],
    });
    await pushSalesDocument(pushDeps(env), id);
    const mk = env.sandbox.store.documents.get(row(id).metakockaId)!;
    mk.head.notes = 'Dostava po dogovoru.';
    const first = linesOf(id).find((l) => l.lineNumber === 1)!;
    await env.repos.lines.upsertMany([{ id: first.id, quantity: 4 }]);
    const outcome = await pushSalesDocument(pushDeps(env), id);
    expect(outcome.action).toBe('updated');
    const after = env.sandbox.store.documents.get(row(id).metakockaId)!;
    expect(after.lines.map((l) => l.amount / 100_000_000n)).toEqual([4n, 1n]);
    expect(after.head.notes).toBe('Dostava po dogovoru.');
    expect(byBuyerOrder(row(id).buyerOrder)).toHaveLength(1);
    expect(row(id).grossTotal.amountMicros).toBe(micros(computeTotals(after).sumAll));
  });

  it('refuses to touch an issued invoice and says why; Metakocka is unchanged', async () => {
    const invoice = env.sandbox.store.documents.list().find((d) => d.docType === 'sales_bill_domestic')!;
    const [record] = await env.repos.documents.upsertMany([
      {
        metakockaId: invoice.mkId,
        documentType: 'SALES_BILL_DOMESTIC',
        isIssued: true,
        name: invoice.countCode,
        companyId,
      },
    ]);
    const calls = env.sandbox.core.calls.total();
    await expect(pushSalesDocument(pushDeps(env), record!.id)).rejects.toMatchObject({
      code: 'DOCUMENT_REFUSED',
      reason: 'ISSUED',
      message: expect.stringMatching(/issued in Metakocka and can no longer be changed/),
    });
    expect(env.sandbox.core.calls.total()).toBe(calls);
  });

  it('refuses an unissued invoice too: invoices are made in Metakocka', async () => {
    const [record] = await env.repos.documents.upsertMany([
      { documentType: 'SALES_BILL_DOMESTIC', isIssued: false, name: 'Draft invoice', companyId },
    ]);
    await expect(pushSalesDocument(pushDeps(env), record!.id)).rejects.toMatchObject({ reason: 'NOT_SUPPORTED' });
  });

  it('pushes an unbound customer through the partners stream first', async () => {
    const [fresh] = await env.rt.crm.companies.upsertMany([{ name: 'Nova stranka d.o.o.' }]);
    const sandboxPartner = env.sandbox.store.partners
      .list()
      .filter((p) => p.businessEntity)
      .at(-1)!;
    // The fake push binds the new company to this partner, so no other company may hold it (the binding is unique).
    const holder = [...env.rt.crm.tables.companies.rows.values()].find(
      (c) => c.metakockaPartnerId === sandboxPartner.mkId,
    )!;
    await env.rt.crm.companies.upsertMany([{ id: holder.id, metakockaPartnerId: null }]);
    const pushed: string[] = [];
    const pushPartner = async (_object: 'company' | 'person', companyIdToPush: string) => {
      pushed.push(companyIdToPush);
      await env.rt.crm.companies.upsertMany([
        {
          id: companyIdToPush,
          metakockaPartnerId: `${sandboxPartner.mkId}`,
          metakockaSyncHash: syncedBindingHash(sandboxPartner.mkId),
          metakockaDeliveryAddresses: sandboxPartner.addresses.map((a) => ({ mkId: a.mkId, type: a.type })),
        },
      ]);
    };
    const id = await draftInTwenty(env, {
      type: 'SALES_ORDER',
      companyId: fresh!.id,
      lines: [{ productMkId: productMkIds[0]!, quantity: 1 }],
    });
    await pushSalesDocument(pushDeps(env, { pushPartner }), id);
    expect(pushed).toEqual([fresh!.id]);
    expect(byBuyerOrder(row(id).buyerOrder)[0]!.partner.partnerMkId).toBe(sandboxPartner.mkId);
  });

  it('holds the push of a company whose binding changed outside the sync: no document for a partner nobody confirmed', async () => {
    const [synced, other] = env.sandbox.store.partners.list().filter((p) => p.businessEntity && p.mkId !== partnerMkId);
    const holderOf = (mkId: string) =>
      [...env.rt.crm.tables.companies.rows.values()].find((c) => c.metakockaPartnerId === mkId)!;
    const company = holderOf(synced!.mkId);
    // Another app points the bound company at another partner (D40: a binding conflict until a manager settles it).
    await env.rt.crm.companies.upsertMany([{ id: holderOf(other!.mkId).id, metakockaPartnerId: null }]);
    await env.rt.crm.companies.upsertMany([
      {
        id: company.id,
        metakockaPartnerId: other!.mkId,
        metakockaDeliveryAddresses: other!.addresses.map((a) => ({ mkId: a.mkId, type: a.type })),
      },
    ]);
    const id = await draftInTwenty(env, {
      type: 'SALES_ORDER',
      companyId: company.id,
      lines: [{ productMkId: productMkIds[0]!, quantity: 1 }],
    });
    const documentsBefore = env.sandbox.store.documents.list().length;
    await expect(pushSalesDocument(pushDeps(env), id)).rejects.toMatchObject({
      code: 'CUSTOMER_BINDING_CONFLICT',
    });
    expect(env.sandbox.store.documents.list()).toHaveLength(documentsBefore);
    expect(byBuyerOrder(row(id).buyerOrder)).toHaveLength(0);
    expect(row(id).metakockaId ?? null).toBeNull();
    expect(env.rt.crm.tables.companies.rows.get(company.id)).toMatchObject({ metakockaPartnerId: other!.mkId });
  });
});
