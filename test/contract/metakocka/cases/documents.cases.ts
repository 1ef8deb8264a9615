/** put_document and get_document (API.md §2.5, §3.3, §8.3; §6 items 3, 5-7, 9-16; §9 lines 6-7). */
import { A, B } from '../transports';
import {
  addSampleProducts,
  asArray,
  cents,
  expectOk,
  expectRefusal,
  partnerRef,
  sampleOrder,
  type ContractCase,
} from './helpers';

const get = (t: Parameters<ContractCase['run']>[0], docType: string, id: string, extra: Record<string, unknown> = {}) =>
  t.post(B('get_document'), { doc_type: docType, doc_id: id, ...extra });

export const documentCases: ContractCase[] = [
  {
    name: '§8.3/§9: a two-line order is numbered and summed exactly (62 + 13.64 = 75.64), sum_paid absent',
    async run(t) {
      await addSampleProducts(t);
      const put = expectOk(await t.post(B('put_document'), sampleOrder(t)));
      expect(put.mk_id).toMatch(/^\d{10,13}$/);
      expect(put.count_code).toMatch(/^PP-\d+$/);
      const doc = expectOk(await get(t, 'sales_order', put.mk_id));
      expect(doc).toEqual(
        expect.objectContaining({
          mk_id: put.mk_id,
          doc_type: 'sales_order',
          count_code: put.count_code,
          doc_date: '2026-03-12+02:00',
          buyer_order: 'CRM-2026-0077',
        }),
      );
      expect(doc.sum_basic).toBe('62');
      expect(doc.sum_tax_ex4).toBe('13.64');
      expect(cents(doc.sum_all)).toBe(7564n);
      expect(doc.sum_paid).toBeUndefined();
      expect(doc.created_ts).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+0[12]:00$/);
      expect(doc.partner).toEqual(
        expect.objectContaining({
          mk_id: partnerRef(t).mk_id,
          mk_address_id: partnerRef(t).mk_address_id,
          country_iso_2: expect.any(String),
          place: expect.any(String),
        }),
      );
    },
  },
  {
    name: '§6.5/§9: get_document takes doc_id; mk_id reads as id = null; an unknown id names it; buyer_order finds orders',
    async run(t) {
      const order = t.core.store.documents.byType('sales_order')[0]!;
      expectOk(await get(t, 'sales_order', order.mkId));
      expectRefusal(
        await t.post(B('get_document'), { doc_type: 'sales_order', mk_id: order.mkId }),
        '2',
        'Cannot find document type sales_order with id = null',
      );
      expectRefusal(
        await get(t, 'sales_order', '400999999999'),
        '2',
        'Cannot find document type sales_order with id = 400999999999',
      );
      const bill = t.core.store.documents.byType('sales_bill_domestic')[0]!;
      expectRefusal(
        await get(t, 'sales_order', bill.mkId),
        '2',
        `Cannot find document type sales_order with id = ${bill.mkId}`,
      );
      expectRefusal(
        await t.post(B('get_document'), { doc_type: 'offer', doc_id: order.mkId }),
        '2',
        'Unknown document type : offer',
      );
      await addSampleProducts(t);
      const put = expectOk(await t.post(B('put_document'), sampleOrder(t, { buyer_order: 'WEB-77' })));
      expect(expectOk(await t.post(B('get_document'), { doc_type: 'sales_order', buyer_order: 'WEB-77' })).mk_id).toBe(
        put.mk_id,
      );
      expectRefusal(
        await t.post(B('get_document'), { doc_type: 'sales_order', buyer_order: 'NI-TAKEGA' }),
        '6',
        /buyer order 'NI-TAKEGA'/,
      );
    },
  },
  {
    name: '§1.5/§6.3: doc_date accepts dd.mm.yyyy and yyyy-mm-dd+02:00 only (also in winter)',
    async run(t) {
      await addSampleProducts(t);
      for (const ok of ['25.08.2026', '15.01.2026', '2026-08-25+02:00', '2026-01-15+02:00']) {
        expectOk(await t.post(B('put_document'), sampleOrder(t, { doc_date: ok })));
      }
      for (const bad of [
        '2026-08-25',
        '2026-08-25+00:00',
        '2026-01-15+01:00',
        '2026-08-25+03:00',
        '2026-08-25-04:00',
        '2026-08-25+0200',
        '2026-08-25T10:00:00+02:00',
        '31.02.2026',
        '3.3.2026',
      ]) {
        expectRefusal(
          await t.post(B('put_document'), sampleOrder(t, { doc_date: bad })),
          '6',
          'Not valid date for doc_date',
        );
      }
      expect(expectOk(await t.post(B('put_document'), sampleOrder(t, { doc_date: '15.01.2026' }))).mk_id).toBeDefined();
      const winter = t.core.store.documents.byType('sales_order').at(-1)!;
      expect(expectOk(await get(t, 'sales_order', winter.mkId)).doc_date).toBe('2026-01-15+02:00');
    },
  },
  {
    name: '§2.5: a body without partner or doc_date is refused, also as a replacement',
    async run(t) {
      await addSampleProducts(t);
      const { partner: _p, ...noPartner } = sampleOrder(t);
      expectRefusal(await t.post(B('put_document'), noPartner), '2', 'Partner data are missing');
      const { doc_date: _d, ...noDate } = sampleOrder(t);
      expectRefusal(await t.post(B('put_document'), noDate), '2', 'Value is require for doc_date');
      const put = expectOk(await t.post(B('put_document'), sampleOrder(t)));
      expectRefusal(
        await t.post(B('put_document'), { doc_type: 'sales_order', mk_id: put.mk_id, mark_paid: [{ amount: '10' }] }),
        '2',
        'Partner data are missing',
      );
    },
  },
  {
    name: '§6.6/§9: put_document with mk_id replaces the whole document: omitted lines and fields are gone, rows renumbered',
    async run(t) {
      await addSampleProducts(t);
      const put = expectOk(await t.post(B('put_document'), sampleOrder(t)));
      const before = expectOk(await get(t, 'sales_order', put.mk_id, { show_product_detail: 'true' }));
      const replaced = sampleOrder(t, {
        mk_id: put.mk_id,
        count_code: 'IGNORED-1',
        product_list: [{ code: 'KAB-USB-C-1M', amount: '1', price: '8.5', tax: 'EX4' }],
      });
      delete replaced.title;
      expect(expectOk(await t.post(B('put_document'), replaced)).mk_id).toBe(put.mk_id);
      const after = expectOk(await get(t, 'sales_order', put.mk_id, { show_product_detail: 'true' }));
      expect(after.title).toBeUndefined();
      expect(after.count_code).toBe(before.count_code); // count_code is ignored on replacement (API.md §3.4)
      // One line is a one-element array (OFF/docs/documents_get_document_sales_order.md; API.md §3.3, §6 item 4).
      expect(after.product_list).toHaveLength(1);
      expect(after.product_list[0].mk_row_id).not.toBe(before.product_list[0].mk_row_id);
      expect(after.sum_basic).toBe('8.5');
      expect(after.created_ts).toBe(before.created_ts);
    },
  },
  {
    name: '§6.7: mark_paid replaces payments; same array is a no-op; empty or omitted keeps; single 0.00 clears; negative accepted',
    async run(t) {
      await addSampleProducts(t);
      const put = expectOk(
        await t.post(
          B('put_document'),
          sampleOrder(t, { mark_paid: [{ payment_type: 'Transakcijski račun', date: '12.03.2026', amount: '150' }] }),
        ),
      );
      const paid = async () => (await get(t, 'sales_order', put.mk_id)).json.sum_paid;
      const again = (mark: unknown) =>
        t.post(
          B('put_document'),
          sampleOrder(t, { mk_id: put.mk_id, ...(mark === undefined ? {} : { mark_paid: mark }) }),
        );
      expect(await paid()).toBe('150');
      expectOk(await again([{ payment_type: 'Transakcijski račun', date: '12.03.2026', amount: '150' }]));
      expect(await paid()).toBe('150');
      expectOk(await again(undefined));
      expect(await paid()).toBe('150');
      expectOk(await again([]));
      expect(await paid()).toBe('150');
      expectOk(await again([{ payment_type: 'Transakcijski račun', date: '13.03.2026', amount: '0.00' }]));
      expect(await paid()).toBeUndefined(); // sum_paid disappears at zero (API.md §3.3 live)
      expectOk(await again([{ payment_type: 'Transakcijski račun', date: '13.03.2026', amount: '-20' }]));
      expect(await paid()).toBe('-20');
    },
  },
  {
    name: '§1.5/§6.2: mark_paid shows Slovenian amounts ("1.895,01") and dd.mm.yyyy dates with show_payment_detail',
    async run(t) {
      await addSampleProducts(t);
      const put = expectOk(
        await t.post(
          B('put_document'),
          sampleOrder(t, {
            mark_paid: [{ payment_type: 'Transakcijski račun', date: '2026-03-14+02:00', amount: '1895,01' }],
          }),
        ),
      );
      expect((await get(t, 'sales_order', put.mk_id)).json.mark_paid).toBeUndefined(); // only when asked (API.md §2.5)
      const doc = expectOk(await get(t, 'sales_order', put.mk_id, { show_payment_detail: 'true' }));
      expect(doc.mark_paid).toEqual([
        expect.objectContaining({ payment_type: 'Transakcijski račun', date: '14.03.2026', amount: '1.895,01' }),
      ]);
      expect(doc.sum_paid).toBe('1895.01');
    },
  },
  {
    name: '§6.8: payment_type must be from the register; cash and card need fiscal cash registers',
    async run(t) {
      await addSampleProducts(t);
      // Live texts: RH docs/metakocka-verification.md "Item 7" (commit 10f51197): values comma-separated without spaces,
      // and the fiscal-register refusal in Slovenian.
      expectRefusal(
        await t.post(B('put_document'), sampleOrder(t, { mark_paid: [{ payment_type: 'Bitcoin', amount: '5' }] })),
        '2',
        "Paramether 'payment_type' has invalid value : Bitcoin. Valid values : Transakcijski račun,Gotovina,Kartica BA,Prenos preplačila,PayPal",
      );
      expectRefusal(
        await t.post(B('put_document'), sampleOrder(t, { mark_paid: [{ payment_type: 'Gotovina', amount: '5' }] })),
        '6',
        'Plačilni inštrument Gotovina, je potrebno davčno potrditi, vendar nimate vklopljenih davčnih blagajn.',
      );
      t.core.store.settings.fiscalCashRegisters = true;
      expectOk(
        await t.post(B('put_document'), sampleOrder(t, { mark_paid: [{ payment_type: 'Gotovina', amount: '5' }] })),
      );
    },
  },
  {
    name: '§6.9/§9 (RH "Finding C"): a count_code already used makes a second document numbered by Metakocka ("1/2026")',
    async run(t) {
      await addSampleProducts(t);
      const a = expectOk(await t.post(B('put_document'), sampleOrder(t, { count_code: 'CRM-1' })));
      const b = expectOk(await t.post(B('put_document'), sampleOrder(t, { count_code: 'CRM-1' })));
      expect(a.mk_id).not.toBe(b.mk_id);
      // RH docs/metakocka-verification.md "Finding C" (live): sent an existing count_code, got count_code "1/2026".
      expect([a.count_code, b.count_code]).toEqual(['CRM-1', '1/2026']);
      expect(expectOk(await t.post(B('search'), { doc_type: 'sales_order', query: 'CRM-1' })).result_all_records).toBe(
        '1',
      );
      expect(expectOk(await get(t, 'sales_order', b.mk_id)).count_code).toBe('1/2026');
    },
  },
  {
    name: '§6.10/§9: inline partner without mk_id creates a new partner every time; mk_id alone is refused; mk_id + mk_address_id links',
    async run(t) {
      await addSampleProducts(t);
      const store = t.core.store;
      const count = store.partners.count();
      const inline = {
        customer: 'Grega Rotar',
        street: 'Cesta 1',
        post_number: '1000',
        place: 'Ljubljana',
        country: 'SI',
      };
      expectOk(await t.post(B('put_document'), sampleOrder(t, { partner: inline })));
      expectOk(await t.post(B('put_document'), sampleOrder(t, { partner: inline })));
      expect(store.partners.count()).toBe(count + 2);
      expect(expectOk(await t.post(B('get_partner'), { partner_name: 'Grega Rotar' })).partner_list).toHaveLength(2);
      expectRefusal(
        await t.post(B('put_document'), sampleOrder(t, { partner: { mk_id: partnerRef(t).mk_id } })),
        '2',
        'Partner must have mk_address_id or customer and street for address identification.',
      );
      expectOk(await t.post(B('put_document'), sampleOrder(t)));
      expect(store.partners.count()).toBe(count + 2);
      expectRefusal(
        await t.post(
          B('put_document'),
          sampleOrder(t, { partner: { mk_id: partnerRef(t).mk_id, mk_address_id: partnerRef(t, 1).mk_address_id } }),
        ),
        '2',
        /does not belong/,
      );
    },
  },
  {
    name: '§6.11/§9: an unknown warehouse mark falls back to the default; profit_center is validated and defaulted',
    async run(t) {
      await addSampleProducts(t);
      const main = t.core.store.warehouses.main().mark;
      const put = expectOk(await t.post(B('put_document'), sampleOrder(t, { warehouse: 'ni-takega' })));
      const doc = expectOk(await get(t, 'sales_order', put.mk_id));
      expect(doc.warehouse).toBe(main);
      expect(doc.profit_center).toBe('Splet');
      expectRefusal(
        await t.post(B('put_document'), sampleOrder(t, { profit_center: 'Luna' })),
        '6',
        "Profit center 'Luna' doesn't exist.",
      );
    },
  },
  {
    name: '§6.12: customer_order is dropped silently; buyer_order is kept',
    async run(t) {
      await addSampleProducts(t);
      const { buyer_order: _b, ...rest } = sampleOrder(t);
      const put = expectOk(await t.post(B('put_document'), { ...rest, customer_order: 'SHOP-9' }));
      const doc = expectOk(await get(t, 'sales_order', put.mk_id));
      expect(doc.customer_order).toBeUndefined();
      expect(doc.buyer_order).toBeUndefined();
      expect(JSON.stringify(doc)).not.toContain('SHOP-9');
    },
  },
  {
    name: '§6.13/§9: unknown code without unit is opr_code 8; with unit a product is created; a known code keeps its catalogue name',
    async run(t) {
      await addSampleProducts(t);
      const line = { code: 'NOV-ART-1', amount: '1', price: '10', tax: 'EX4', name: 'Nov artikel' };
      expectRefusal(
        await t.post(B('put_document'), sampleOrder(t, { product_list: [line] })),
        '8',
        'Product with code NOV-ART-1 not found - unit must be set to add new product',
      );
      expectOk(await t.post(B('put_document'), sampleOrder(t, { product_list: [{ ...line, unit: 'kos' }] })));
      expect(t.core.store.products.byCode('NOV-ART-1')?.name).toBe('Nov artikel');
      const put = expectOk(
        await t.post(
          B('put_document'),
          sampleOrder(t, {
            product_list: [{ code: 'KAB-USB-C-1M', name: 'Drugačno ime', amount: '1', price: '8.5', tax: 'EX4' }],
          }),
        ),
      );
      expect(expectOk(await get(t, 'sales_order', put.mk_id)).product_list[0].name).toBe('USB-C kabel 1 m');
    },
  },
  {
    name: '§6.14/§9: every line needs a tax unless its product has one; "0" gives 0 % silently',
    async run(t) {
      await addSampleProducts(t);
      expectOk(await t.post(A('product_add'), { code: 'BREZ-DDV', name: 'Brez davka', unit: 'kos', sales: 'true' }));
      const line = { code: 'BREZ-DDV', amount: '2', price: '10' };
      expectRefusal(
        await t.post(B('put_document'), sampleOrder(t, { product_list: [line] })),
        '6',
        "Attribute 'tax' for product with code 'BREZ-DDV' or name 'Brez davka' must be set.",
      );
      const put = expectOk(await t.post(B('put_document'), sampleOrder(t, { product_list: [{ ...line, tax: '0' }] })));
      const doc = expectOk(await get(t, 'sales_order', put.mk_id));
      expect(cents(doc.sum_all)).toBe(2000n);
      expect(doc.sum_basic).toBe('20');
      // A product with its own tax needs none on the line.
      const own = expectOk(
        await t.post(
          B('put_document'),
          sampleOrder(t, { product_list: [{ code: 'KAB-USB-C-1M', amount: '1', price: '10' }] }),
        ),
      );
      expect(expectOk(await get(t, 'sales_order', own.mk_id)).sum_tax_ex4).toBe('2.2');
    },
  },
  {
    name: '§3.5: tax codes are codes, not rates: an 8.00 line on EX3 gives sum_tax_ex3 0.76; tax_factor 0.095 means EX3',
    async run(t) {
      await addSampleProducts(t);
      const put = expectOk(
        await t.post(
          B('put_document'),
          sampleOrder(t, {
            product_list: [
              { code: 'SVC-INST', amount: '1', price: '8', tax: 'EX3' },
              { code: 'KAB-USB-C-1M', amount: '1', price: '1.895', tax_factor: '0.095' },
            ],
          }),
        ),
      );
      const doc = expectOk(await get(t, 'sales_order', put.mk_id, { show_tax_factor: 'true' }));
      expect(doc.sum_basic).toBe('9.9'); // 8 + 1.895 rounded to cents per line
      expect(doc.sum_tax_ex3).toBe('0.94');
      expect(asArray(doc.product_list).map((l: any) => [l.tax, l.tax_factor, l.tax_desc])).toEqual([
        ['EX3', '0.095', '9.5'],
        ['EX3', '0.095', '9.5'],
      ]);
      expectRefusal(
        await t.post(
          B('put_document'),
          sampleOrder(t, { product_list: [{ code: 'SVC-INST', amount: '1', price: '8', tax: 'EX9' }] }),
        ),
        '2',
        /Valid values : EX4/,
      );
    },
  },
];
