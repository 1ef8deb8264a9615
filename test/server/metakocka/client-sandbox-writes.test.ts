// Every write the client offers, against helper C's sandbox through msw; assertions read Metakocka's side (the store).
import { setupServer } from 'msw/node';

import { SyncError } from 'server/errors';
import {
  createMetakockaClient,
  decimalToMinorUnits,
  formatDocumentDate,
  ljubljanaDateOf,
  MetakockaValidationError,
  type MetakockaClient,
} from 'server/metakocka';
import { createSandboxCore, metakockaHandlers, type SandboxCore } from 'test/sandbox';

const BASE = 'https://devmainsi.metakocka.si';
let core: SandboxCore;
let server: ReturnType<typeof setupServer>;
let client: MetakockaClient;

beforeAll(() => {
  core = createSandboxCore({
    seed: 8,
    products: 30,
    partners: 40,
    documents: 20,
    companyId: '16',
    secretKey: 'sandbox-key-w',
  });
  server = setupServer(...metakockaHandlers(core, BASE));
  server.listen({ onUnhandledRequest: 'error' });
  client = createMetakockaClient({ baseUrl: BASE, companyId: '16', secretKey: 'sandbox-key-w', timeoutMs: 2_000 });
});
afterAll(() => server.close());

const salesProduct = () => core.store.products.list().find((p) => p.sales && !p.service)!;
async function reservedMinor(productMkId: string): Promise<number> {
  const { rows } = await client.warehouseStock({ productMkIds: [productMkId] });
  return rows.reduce((sum, row) => sum + decimalToMinorUnits(row.reserved_amount ?? '0', 4), 0);
}

async function newOrder(buyerOrder: string, amount = '2') {
  const partner = core.store.partners.list()[0]!;
  const product = salesProduct();
  const result = await client.putDocument({
    doc_type: 'sales_order',
    doc_date: formatDocumentDate(ljubljanaDateOf(new Date())),
    buyer_order: buyerOrder,
    partner: { mk_id: partner.mkId, mk_address_id: partner.addresses[0]!.mkId },
    warehouse: core.store.warehouses.main().mark,
    product_list: [{ code: product.code, amount, price: '12.5', tax: 'EX4' }],
  });
  return { result, product };
}

describe('client writes against the sandbox (msw)', () => {
  it('creates an order that reserves stock, patches it, sets a status, prints it and deletes it', async () => {
    const reservedBefore = await reservedMinor(salesProduct().mkId);
    const { result, product } = await newOrder('CRM-W-1');
    const stored = core.store.documents.get(result.mk_id)!;
    expect(stored.lines).toHaveLength(1);
    // A sales order raises reserved_amount by its quantity (API.md §2.4 "Item 8").
    expect(await reservedMinor(product.mkId)).toBe(reservedBefore + 2_0000);

    await client.updateDocument({ doc_type: 'sales_order', mk_id: result.mk_id, notes: 'Dostava v petek.' });
    expect(core.store.documents.get(result.mk_id)!.head.notes).toBe('Dostava v petek.');
    expect(core.store.documents.get(result.mk_id)!.lines).toHaveLength(1);

    const refused = await client
      .changeDocumentStatus({ docType: 'sales_order', statusCode: 'Izgubljeno v vesolju', mkId: result.mk_id })
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(MetakockaValidationError);
    const allowed = (refused as MetakockaValidationError).allowedValues!;
    expect(allowed.length).toBeGreaterThan(1);
    await client.changeDocumentStatus({ docType: 'sales_order', statusCode: allowed[1]!, mkId: result.mk_id });
    expect((await client.getDocument({ docType: 'sales_order', docId: result.mk_id })).status_code).toBe(allowed[1]);

    // Report 38 is the bill print-out (API.md §2.5 "report"); an order is refused with a JSON answer, a bill prints.
    await expect(client.report({ mkId: result.mk_id })).rejects.toThrow(/cannot print document type sales_order/);
    const pdf = await client.report({ mkId: core.store.documents.byType('sales_bill_domestic')[0]!.mkId });
    expect(new TextDecoder().decode(pdf.bytes.slice(0, 5))).toBe('%PDF-');

    await client.deleteDocument({ docType: 'sales_order', mkId: result.mk_id });
    expect(core.store.documents.get(result.mk_id)).toBeUndefined();
    const gone = await client
      .getDocument({ docType: 'sales_order', docId: result.mk_id })
      .catch((e: SyncError) => e.code);
    expect(gone).toBe('MK_NOT_FOUND');
  });

  it('adds and updates a product, and lists it alone (a single hit arrives as an object)', async () => {
    const added = await client.productAdd({ code: 'ŽIČ-01', name: 'Žična vrv 5 m', unit: 'kos', sales: true });
    expect(core.store.products.get(added.mk_id)?.name).toBe('Žična vrv 5 m');
    await client.productUpdate({ mk_id: added.mk_id, name: 'Žična vrv 10 m' });
    const page = await client.productList({ filters: { code: 'ŽIČ-01' } });
    expect(page.products.map((p) => p.name)).toEqual(['Žična vrv 10 m']);
    expect(page.nextOffset).toBeNull();
  });

  it('updates a partner and reads the change back', async () => {
    const partner = core.store.partners.list()[2]!;
    await client.updatePartner({ mk_id: partner.mkId, customer: 'Šporn & Co. d.o.o.' });
    expect(core.store.partners.get(partner.mkId)?.customer).toBe('Šporn & Co. d.o.o.');
    expect((await client.getPartner({ partnerId: partner.mkId }))[0]?.customer).toBe('Šporn & Co. d.o.o.');
  });

  it.each(['ignored', 'honoured'] as const)(
    'lists every partner exactly once when the server paging is %s',
    async (paging) => {
      core.store.settings.partnerPaging = paging;
      const counting = createMetakockaClient({ baseUrl: BASE, companyId: '16', secretKey: 'sandbox-key-w' });
      const partners = await counting.listPartners(15);
      expect(partners.map((p) => p.mk_id).sort()).toEqual(
        core.store.partners
          .list()
          .map((p) => p.mkId)
          .sort(),
      );
      expect(counting.callCounts().get_partner).toBe(
        paging === 'ignored' ? 1 : Math.floor(core.store.partners.list().length / 15) + 1,
      );
    },
  );
});
