import { createMetakockaClient } from 'server/metakocka';

import { getDocumentAnswer, getPartnerAnswer, productListAnswer, warehouseStockAnswer } from './fixtures/api-md-8';
import { delay, startMkStub, STUB_BASE, STUB_COMPANY, STUB_SECRET, stubClient } from './mk-stub';

const stub = startMkStub();
afterEach(() => stub.reset());
afterAll(() => stub.close());

const product = (n: number) => ({
  mk_id: String(1600390000 + n),
  count_code: `PA_${n}`,
  code: `SKU-${n}`,
  name: `Izdelek ${n}`,
  unit: 'kos',
});
const allStrings = (value: unknown): boolean =>
  typeof value === 'string' ||
  (Array.isArray(value)
    ? value.every(allStrings)
    : typeof value === 'object' && value !== null && Object.values(value).every(allStrings));

describe('Metakocka client calls', () => {
  it('sends every method to its path family, as a POST whose values are all strings, with the credentials in the body', async () => {
    const ok = { opr_code: '0', mk_id: '1' };
    for (const method of [
      'get_partner',
      'add_partner',
      'update_partner',
      'product_list',
      'product_add',
      'product_update',
      'warehouse_list',
      'warehouse_stock',
      'search',
      'get_document',
      'put_document',
      'update_document',
      'delete_document',
      'change_document_status',
    ])
      stub.on(method, () => ok);
    const client = stubClient();
    await client.getPartner({ name: 'Alpska' });
    await client.addPartner({ customer: 'Šumi d.o.o.', business_entity: true });
    await client.updatePartner({ mk_id: '1', customer: 'Šumi' });
    await client.productList({ limit: 10, include: { pricelist: true } });
    await client.productAdd({ code: 'X', name: 'X', unit: 'kos', sales: true });
    await client.productUpdate({ mk_id: '1', name: 'Y' });
    await client.warehouseList();
    await client.warehouseStock({ warehouseIds: ['1', '2'] });
    await client.search({ docType: 'sales_order', limit: 1, lastChangeFrom: '2026-01-15T08:00:00Z' });
    await client.getDocument({ docType: 'sales_order', docId: '1' });
    await client.putDocument({
      doc_type: 'sales_order',
      doc_date: '12.03.2026',
      product_list: [{ code: 'X', amount: 2, price: '8.5' }],
    });
    await client.updateDocument({ doc_type: 'sales_order', mk_id: '1', notes: 'x' });
    await client.deleteDocument({ docType: 'sales_order', mkId: '1' });
    await client.changeDocumentStatus({ docType: 'sales_order', statusCode: 'shipped', mkId: '1' });
    expect(stub.requests.map((r) => r.path)).toEqual([
      '/rest/eshop/v1/get_partner',
      '/rest/eshop/v1/add_partner',
      '/rest/eshop/v1/update_partner',
      '/rest/eshop/v1/json/product_list',
      '/rest/eshop/v1/json/product_add',
      '/rest/eshop/v1/json/product_update',
      '/rest/eshop/v1/json/warehouse_list',
      '/rest/eshop/v1/json/warehouse_stock',
      '/rest/eshop/v1/search',
      '/rest/eshop/v1/get_document',
      '/rest/eshop/v1/put_document',
      '/rest/eshop/v1/update_document',
      '/rest/eshop/v1/delete_document',
      '/rest/eshop/v1/change_document_status',
    ]);
    for (const request of stub.requests) {
      expect(allStrings(request.body)).toBe(true);
      expect(request.body).toMatchObject({ company_id: STUB_COMPANY, secret_key: STUB_SECRET });
    }
    const search = stub.requests.find((r) => r.method === 'search')!.body;
    expect(search.query_advance).toEqual([{ type: 'last_change_from', value: '2026-01-15T09:00:00+01:00' }]);
    expect(stub.requests.find((r) => r.method === 'put_document')!.body.product_list).toEqual([
      { code: 'X', amount: '2', price: '8.5' },
    ]);
    expect(stub.requests.find((r) => r.method === 'delete_document')!.body).toMatchObject({
      mk_id: '1',
      doc_type: 'sales_order',
    });
  });

  it('refuses to send a float, so no amount is rounded on the way out', async () => {
    stub.on('put_document', () => ({ opr_code: '0', mk_id: '1' }));
    await expect(stubClient().putDocument({ doc_type: 'sales_order', product_list: [{ price: 8.5 }] })).rejects.toThrow(
      /decimal strings/,
    );
    expect(stub.requests).toHaveLength(0);
  });

  it('reads the §8 answers into clean types: partners, products, stock, a document', async () => {
    stub.on('get_partner', () => getPartnerAnswer);
    stub.on('product_list', () => productListAnswer);
    stub.on('warehouse_stock', () => warehouseStockAnswer);
    stub.on('get_document', () => getDocumentAnswer);
    const client = stubClient();
    expect((await client.getPartner({ name: 'a' })).map((p) => p.customer)).toEqual([
      'Alpska Tehnika d.o.o.',
      'Maja Kovač',
    ]);
    expect((await client.productList()).products.map((p) => p.weight ?? null)).toEqual(['0.05', '0.21', null]);
    expect((await client.warehouseStock()).rows.map((r) => r.reserved_amount)).toEqual(['2', '0']);
    expect((await client.getDocument({ docType: 'sales_order', docId: '400000012345' })).sum_all).toBe('75.64');
  });

  it('accepts both success shapes: add_partner without opr_code and with opr_code "0"', async () => {
    const answer = {
      mk_id: '1600481234',
      mk_contact_id: '1600481237',
      mk_address_id_list: [{ mk_id: '1600481235', street: 'Tržaška cesta 118' }],
    };
    stub.on('add_partner', () => answer);
    await expect(stubClient().addPartner({ customer: 'A' })).resolves.toMatchObject({ mk_id: '1600481234' });
    stub.on('add_partner', () => ({ opr_code: '0', ...answer }));
    await expect(stubClient().addPartner({ customer: 'A' })).resolves.toMatchObject({
      mk_address_id_list: [{ mk_id: '1600481235' }],
    });
  });

  it.each([
    [2500, 3],
    [2000, 3],
    [1, 1],
    [0, 1],
  ])('walks %d products in pages of 1000, a short page being the last (%d calls)', async (total, calls) => {
    const catalogue = Array.from({ length: total }, (_, i) => product(i));
    stub.on('product_list', (body) => {
      const page = catalogue.slice(Number(body.offset), Number(body.offset) + Number(body.limit));
      // A single hit collapses into an object (API.md §2.3).
      return {
        opr_code: '0',
        product_list_count: String(page.length),
        product_list: page.length === 1 ? page[0] : page,
      };
    });
    const client = stubClient();
    const seen: string[] = [];
    for await (const page of client.productListAll()) seen.push(...page.products.map((p) => p.mk_id));
    expect(seen).toEqual(catalogue.map((p) => p.mk_id));
    expect(client.callCounts()).toEqual({ product_list: calls });
  });

  it('walks search results in pages of 100 using result_all_records', async () => {
    const docs = Array.from({ length: 250 }, (_, i) => ({
      mk_id: String(400000000000 + i),
      count_code: `PP-${i}`,
      doc_date: '2026-03-12+02:00',
    }));
    stub.on('search', (body) => {
      const page = docs.slice(Number(body.offset), Number(body.offset) + Number(body.limit));
      return {
        opr_code: '0',
        result_all_records: String(docs.length),
        result_count: String(page.length),
        result: page,
      };
    });
    const client = stubClient();
    const seen: string[] = [];
    for await (const page of client.searchDocumentsAll({ docType: 'sales_order' }))
      seen.push(...page.records.map((d) => d.mk_id));
    expect(seen).toHaveLength(250);
    expect(new Set(seen).size).toBe(250);
    expect(stub.requests.map((r) => r.body.limit)).toEqual(['100', '100', '100']);
    await expect(client.search({ docType: 'sales_order', limit: 101 })).rejects.toThrow(/1 to 100/);
  });

  it('keeps walking search pages when result_all_records is missing, stopping at the first short page', async () => {
    const docs = Array.from({ length: 150 }, (_, i) => ({ mk_id: String(400000000000 + i) }));
    stub.on('search', (body) => ({
      opr_code: '0',
      result: docs.slice(Number(body.offset), Number(body.offset) + Number(body.limit)),
    }));
    const client = stubClient();
    let seen = 0;
    for await (const page of client.searchDocumentsAll({ docType: 'sales_order' })) seen += page.records.length;
    expect(seen).toBe(150);
    expect(client.callCounts()).toEqual({ search: 2 });
  });

  it('runs searches of one company one at a time, even from two clients, while other calls run in parallel', async () => {
    let searching = 0;
    let maxSearching = 0;
    let listing = 0;
    let maxListing = 0;
    stub.on('search', async () => {
      maxSearching = Math.max(maxSearching, ++searching);
      await delay(25);
      searching--;
      return { opr_code: '0', result_all_records: '0', result: [] };
    });
    stub.on('warehouse_list', async () => {
      maxListing = Math.max(maxListing, ++listing);
      await delay(25);
      listing--;
      return { opr_code: '0', warehouse_list: [] };
    });
    const first = stubClient({ concurrency: 3 });
    const second = stubClient({ concurrency: 3 });
    await Promise.all([
      ...Array.from({ length: 4 }, () => first.search({ docType: 'sales_order', limit: 1 })),
      ...Array.from({ length: 4 }, () => second.search({ docType: 'sales_invoice', limit: 1 })),
      ...Array.from({ length: 6 }, () => first.warehouseList()),
    ]);
    expect(maxSearching).toBe(1);
    expect(maxListing).toBe(3);
    expect(first.callCounts()).toEqual({ search: 4, warehouse_list: 6 });
    expect(second.callCounts()).toEqual({ search: 4 });
  });

  it('keeps one search lane per company however the base URL is written', async () => {
    let searching = 0;
    let maxSearching = 0;
    stub.on('search', async () => {
      maxSearching = Math.max(maxSearching, ++searching);
      await delay(25);
      searching--;
      return { opr_code: '0', result_all_records: '0', result: [] };
    });
    const other = createMetakockaClient({ baseUrl: `${STUB_BASE}/`, companyId: STUB_COMPANY, secretKey: STUB_SECRET });
    await Promise.all([stubClient().search({ docType: 'sales_order' }), other.search({ docType: 'sales_order' })]);
    expect(maxSearching).toBe(1);
  });

  it('lists all partners once when the server ignores paging (API.md §2.2)', async () => {
    const partners = Array.from({ length: 3 }, (_, i) => ({ mk_id: String(i + 1), customer: `P${i}` }));
    stub.on('get_partner', () => ({ opr_code: '0', partner_list: partners }));
    const client = stubClient();
    expect((await client.listPartners(2)).map((p) => p.mk_id)).toEqual(['1', '2', '3']);
    expect(client.callCounts()).toEqual({ get_partner: 1 });
  });

  it('reads a listed register partner by partner, mapped as read, whatever the spacing and text', async () => {
    const partners = Array.from({ length: 40 }, (_, i) => ({
      mk_id: String(i + 1),
      customer: `Šuštar "${i}" [d.o.o.], {x}`,
      partner_contact_list: [{ mk_id: `c${i}`, name: 'Ana Čuk' }],
    }));
    stub.on(
      'get_partner',
      () =>
        new Response(JSON.stringify({ opr_code: '0', partner_list_count: '40', partner_list: partners }, null, 2), {
          headers: { 'content-type': 'application/json' },
        }),
    );
    const names = await stubClient().listPartners(
      1000,
      (p) => `${p.mk_id}:${p.customer}:${p.partner_contact_list[0]?.name}`,
    );
    expect(names).toEqual(partners.map((p) => `${p.mk_id}:${p.customer}:Ana Čuk`));
  });

  it('lists a register of one partner sent as an object, and none when Metakocka says there is none (API.md §2.2)', async () => {
    stub.on('get_partner', () => ({ opr_code: '0', partner_list: { mk_id: '7', customer: 'Edini d.o.o.' } }));
    expect((await stubClient().listPartners()).map((p) => p.customer)).toEqual(['Edini d.o.o.']);
    stub.on('get_partner', () => ({ opr_code: '2', opr_desc: 'No partner with such properties.' }));
    expect(await stubClient().listPartners()).toEqual([]);
  });

  it('retries a listing whose answer is cut off, without listing a partner twice', async () => {
    const whole = JSON.stringify({
      opr_code: '0',
      partner_list: [
        { mk_id: '1', customer: 'A' },
        { mk_id: '2', customer: 'B' },
      ],
    });
    let calls = 0;
    stub.on(
      'get_partner',
      () =>
        new Response((calls += 1) === 1 ? whole.slice(0, -12) : whole, {
          headers: { 'content-type': 'application/json' },
        }),
    );
    expect((await stubClient().listPartners()).map((p) => p.mk_id)).toEqual(['1', '2']);
    expect(calls).toBe(2);
  });
});
