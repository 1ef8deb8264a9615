// The client against helper C's sandbox core through its msw handlers (test/sandbox/msw.ts): the same Metakocka
// the HTTP sandbox serves, without a socket. Assertions read the sandbox's store, i.e. Metakocka's side.
import { setupServer } from 'msw/node';

import { SyncError } from 'server/errors';
import {
  createMetakockaClient,
  decimalToMinorUnits,
  formatDocumentDate,
  ljubljanaDateOf,
  type MetakockaClient,
} from 'server/metakocka';
import { metakockaPort } from 'server/sync/metakocka-adapter';
import { createSandboxCore, formatPlain, metakockaHandlers, type SandboxCore } from 'test/sandbox';

const BASE = 'https://main.metakocka.si';
let core: SandboxCore;
let server: ReturnType<typeof setupServer>;
let client: MetakockaClient;

beforeAll(() => {
  core = createSandboxCore({
    seed: 21,
    products: 1500,
    partners: 40,
    documents: 260,
    companyId: '4711',
    secretKey: 'sandbox-key-b',
  });
  server = setupServer(...metakockaHandlers(core, BASE));
  server.listen({ onUnhandledRequest: 'error' });
});
beforeEach(() => {
  core.setFaults(null);
  client = createMetakockaClient({
    baseUrl: BASE,
    companyId: '4711',
    secretKey: 'sandbox-key-b',
    timeoutMs: 5_000,
    retry: { attempts: 3, baseDelayMs: 1, budgetMs: 10_000 },
  });
});
afterAll(() => server.close());

const codeOf = async (promise: Promise<unknown>) =>
  promise.then(
    () => 'ok',
    (error: unknown) => (error instanceof SyncError ? error.code : String(error)),
  );

describe('client against the sandbox (msw)', () => {
  it('walks the whole catalogue in pages of 1000 and sees every product once', async () => {
    const seen = new Set<string>();
    for await (const page of client.productListAll({ include: { pricelist: true } }))
      page.products.forEach((p) => seen.add(p.mk_id));
    expect(seen.size).toBe(core.store.products.list().length);
    expect(client.callCounts()).toEqual({ product_list: Math.ceil((core.store.products.list().length + 1) / 1000) });
  });

  it('walks all sales orders 100 at a time and matches the sandbox total', async () => {
    const ids: string[] = [];
    let total = -1;
    for await (const page of client.searchDocumentsAll({ docType: 'sales_order' })) {
      ids.push(...page.records.map((d) => d.mk_id));
      total = page.total;
    }
    expect(ids.sort()).toEqual(
      core.store.documents
        .byType('sales_order')
        .map((d) => d.mkId)
        .sort(),
    );
    expect(total).toBe(ids.length);
  });

  it('reads a seeded sales order with totals that add up exactly', async () => {
    const seeded = core.store.documents.byType('sales_order').find((d) => d.lines.length > 1)!;
    const doc = await client.getDocument({ docType: 'sales_order', docId: seeded.mkId });
    const vat = Object.values(doc.vat_by_code).reduce((sum, v) => sum + decimalToMinorUnits(v), 0);
    expect(decimalToMinorUnits(doc.sum_basic!) + vat).toBe(decimalToMinorUnits(doc.sum_all!));
    expect(doc.doc_date?.date).toBe(seeded.docDate);
    expect(doc.product_list).toHaveLength(seeded.lines.length);
  });

  it('finds a seeded partner by tax number and answers an unknown one with an empty list', async () => {
    const partner = core.store.partners.list().find((p) => p.taxIdNumber)!;
    const hits = await client.getPartner({ taxNumber: partner.taxIdNumber! });
    expect(hits.map((p) => p.mk_id)).toContain(partner.mkId);
    await expect(client.getPartner({ taxNumber: 'SI00000001' })).resolves.toEqual([]);
  });

  it('never overlaps searches: the sandbox never had to queue one', async () => {
    const waitedBefore = core.searchLane.waited;
    await Promise.all(
      Array.from({ length: 6 }, (_, i) => client.search({ docType: 'sales_order', limit: 5, offset: i * 5 })),
    );
    expect(core.searchLane.waited).toBe(waitedBefore);
  });

  it('survives a lost put_document: one document in Metakocka, found by buyer order, never sent twice', async () => {
    const partner = core.store.partners.list()[0]!;
    const product = core.store.products.list().find((p) => p.sales && !p.service)!;
    core.failNext('lost-write', 'put_document');
    const order = {
      doc_type: 'sales_order',
      doc_date: formatDocumentDate(ljubljanaDateOf(new Date())),
      buyer_order: 'CRM-B-0001',
      partner: { mk_id: partner.mkId, mk_address_id: partner.addresses[0]!.mkId },
      product_list: [{ code: product.code, amount: '2', price: '8.5', tax: 'EX4' }],
    };
    expect(await codeOf(client.putDocument(order))).toBe('MK_WRITE_UNCERTAIN');
    expect(client.callCounts().put_document).toBe(1);
    const found = await client.findDocumentAfterUncertainWrite({ docType: 'sales_order', buyerOrder: 'CRM-B-0001' });
    const stored = core.store.documents.byType('sales_order').filter((d) => d.head.buyer_order === 'CRM-B-0001');
    expect(stored).toHaveLength(1);
    expect(found?.mk_id).toBe(stored[0]!.mkId);
    expect(decimalToMinorUnits(found!.sum_all!)).toBe(2074); // 2 × 8.50 = 17.00 net + 22 % VAT 3.74
  });

  it('finds a lost document without buyer order by partner, date and total', async () => {
    const partner = core.store.partners.list()[1]!;
    const product = core.store.products.list().find((p) => p.sales && !p.service)!;
    const today = ljubljanaDateOf(new Date());
    core.failNext('lost-write', 'put_document');
    const order = {
      doc_type: 'sales_order',
      doc_date: formatDocumentDate(today),
      partner: { mk_id: partner.mkId, mk_address_id: partner.addresses[0]!.mkId },
      product_list: [{ code: product.code, amount: '3', price: '10', tax: 'EX4' }],
    };
    expect(await codeOf(client.putDocument(order))).toBe('MK_WRITE_UNCERTAIN');
    const found = await client.findDocumentAfterUncertainWrite({
      docType: 'sales_order',
      partnerMkId: partner.mkId,
      docDate: today,
      total: '36.6',
      sentAt: new Date(),
    });
    expect(found).not.toBeNull();
    expect(core.store.documents.get(found!.mk_id)?.partner.partnerMkId).toBe(partner.mkId);
    await expect(
      client.findDocumentAfterUncertainWrite({
        docType: 'sales_order',
        partnerMkId: partner.mkId,
        docDate: today,
        total: '36.61',
      }),
    ).resolves.toBeNull();
  });

  it('survives a lost product_add: the product is found by its code, and exists once', async () => {
    core.failNext('lost-write', 'product_add');
    expect(await codeOf(client.productAdd({ code: 'LOST-01', name: 'Izgubljeni odgovor', unit: 'kos' }))).toBe(
      'MK_WRITE_UNCERTAIN',
    );
    expect(client.callCounts().product_add).toBe(1);
    const found = await client.findProductAfterUncertainWrite({ code: 'LOST-01' });
    expect(found?.mk_id).toBe(core.store.products.byCode('LOST-01')?.mkId);
    await expect(client.findProductAfterUncertainWrite({ code: 'NEVER-SENT' })).resolves.toBeNull();
  });

  it('adds a partner and finds it again by its tax number', async () => {
    const added = await client.addPartner({
      customer: 'Čebelarstvo Žužek s.p.',
      business_entity: true,
      taxpayer: true,
      tax_id_number: 'SI55667788',
      street: 'Šmartinska 12',
      post_number: '1000',
      place: 'Ljubljana',
      country: 'SI',
    });
    expect(core.store.partners.get(added.mk_id)?.customer).toBe('Čebelarstvo Žužek s.p.');
    expect((await client.findPartnerAfterUncertainWrite({ taxNumber: 'SI 5566 7788' }))?.mk_id).toBe(added.mk_id);
  });

  it.each([
    ['html404:1', 'MK_MISCONFIGURED'],
    ['quota:1', 'MK_QUOTA'],
    ['5xx:1', 'MK_UNAVAILABLE'],
    ['malformed:1', 'MK_UNAVAILABLE'],
    ['timeout:1,hold:2000', 'MK_UNAVAILABLE'],
  ])('classifies sandbox fault %s as %s', async (fault, code) => {
    core.setFaults(fault);
    const impatient = createMetakockaClient({
      baseUrl: BASE,
      companyId: '4711',
      secretKey: 'sandbox-key-b',
      timeoutMs: 200,
      retry: { attempts: 2, baseDelayMs: 1, budgetMs: 5_000 },
    });
    expect(await codeOf(impatient.warehouseList())).toBe(code);
  });

  it('refuses wrong credentials and an unknown document with the right classes', async () => {
    const wrong = createMetakockaClient({ baseUrl: BASE, companyId: '4711', secretKey: 'nope' });
    expect(await codeOf(wrong.warehouseList())).toBe('MK_AUTH');
    expect(await codeOf(client.getDocument({ docType: 'sales_order', docId: '999999999999' }))).toBe('MK_NOT_FOUND');
  });
  it("gives the sync each product's categories from the category tree and one price per list, at its first quantity tier", async () => {
    const { products } = await metakockaPort(client).productsPage(0, 200, { eshopOnly: false });
    for (const p of products.slice(0, 50)) {
      const seeded = core.store.products.get(p.mkId)!;
      expect(p.categories).toEqual(seeded.categories[0]); // the path's labels, parents first (OFF product_list.md §1.9)
      const lists = seeded.prices.map((row) => [row.salesPurchase, row.pricelistCountCode]);
      expect(p.priceLists.map((l) => [l.salesPurchase, l.countCode])).toEqual(lists); // tiers are rows of one list (§1.2)
    }
    const tiered = products.find((p) => core.store.products.get(p.mkId)!.prices.some((row) => row.breaks.length > 1))!;
    const wholesale = core.store.products.get(tiered.mkId)!.prices.find((row) => row.breaks.length > 1)!;
    const read = tiered.priceLists.find((l) => l.countCode === wholesale.pricelistCountCode)!;
    expect(decimalToMinorUnits(read.price ?? read.priceWithTax ?? '')).toBe(
      decimalToMinorUnits(formatPlain(wholesale.breaks[0]!.price)),
    );
  });
});
