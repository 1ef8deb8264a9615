/** Prices, discounts, lineage, search, update/delete/status, stock and reports (API.md §2.4, §2.5, §4; §6 items 4, 15, 16, 19, 25, 26; §9 lines 4, 8-9). */
import { dec } from 'test/sandbox';
import { A, B } from '../transports';
import {
  addSampleProducts,
  asArray,
  cents,
  expectOk,
  expectRefusal,
  sampleOrder,
  stockProduct,
  type ContractCase,
} from './helpers';

const get = (t: Parameters<ContractCase['run']>[0], docType: string, id: string, extra: Record<string, unknown> = {}) =>
  t.post(B('get_document'), { doc_type: docType, doc_id: id, ...extra });

export const lifecycleCases: ContractCase[] = [
  {
    name: '§6.15: line discounts are percentages, chained with ";"; "10%" is refused',
    async run(t) {
      await addSampleProducts(t);
      expectRefusal(
        await t.post(
          B('put_document'),
          sampleOrder(t, {
            product_list: [{ code: 'SVC-INST', amount: '1', price: '100', discount: '10%', tax: 'EX4' }],
          }),
        ),
        '2',
        /discount must be valid number/,
      );
      const put = expectOk(
        await t.post(
          B('put_document'),
          sampleOrder(t, {
            product_list: [{ code: 'SVC-INST', amount: '1', price: '100', discount: '10;5', tax: 'EX4' }],
          }),
        ),
      );
      const doc = expectOk(await get(t, 'sales_order', put.mk_id));
      expect(doc.sum_basic).toBe('85.5');
      expect(doc.sum_tax_ex4).toBe('18.81');
    },
  },
  {
    name: '§3.3/§6.16: a gross price_with_tax 209 with EX4 is stored as price 171.31 and sums to 209',
    async run(t) {
      await addSampleProducts(t);
      const put = expectOk(
        await t.post(
          B('put_document'),
          sampleOrder(t, {
            product_list: [{ code: 'SVC-INST', amount: '1', price_with_tax: '209', tax_factor: '0.22' }],
          }),
        ),
      );
      const doc = expectOk(await get(t, 'sales_order', put.mk_id));
      expect(doc.product_list).toEqual([
        expect.objectContaining({ price: '171.31', price_with_tax: '209', tax: 'EX4' }),
      ]);
      expect(cents(doc.sum_all)).toBe(20900n);
    },
  },
  {
    name: '§2.5/§6.4: offer -> order -> invoice lineage; a single offer_list entry is an object, two are an array',
    async run(t) {
      await addSampleProducts(t);
      const offer = (n: string) =>
        t.post(B('put_document'), sampleOrder(t, { doc_type: 'sales_offer', buyer_order: undefined, title: n }));
      const o1 = expectOk(await offer('Ponudba 1'));
      const o2 = expectOk(await offer('Ponudba 2'));
      const single = expectOk(await t.post(B('put_document'), sampleOrder(t, { offer_list: [{ mk_id: o1.mk_id }] })));
      const double = expectOk(
        await t.post(
          B('put_document'),
          sampleOrder(t, { offer_list: [{ mk_id: o1.mk_id }, { count_code: o2.count_code }] }),
        ),
      );
      expect(expectOk(await get(t, 'sales_order', single.mk_id)).offer_list).toEqual({
        mk_id: o1.mk_id,
        count_code: o1.count_code,
      });
      expect(expectOk(await get(t, 'sales_order', double.mk_id)).offer_list).toHaveLength(2);
      const bill = expectOk(
        await t.post(
          B('put_document'),
          sampleOrder(t, {
            doc_type: 'sales_bill_domestic',
            buyer_order: undefined,
            sales_order_list: [{ mk_id: single.mk_id }],
          }),
        ),
      );
      const billDoc = expectOk(await get(t, 'sales_bill_domestic', bill.mk_id));
      expect(billDoc.sales_order_list.mk_id).toBe(single.mk_id);
      expect(billDoc.publish_ts).toBeUndefined(); // not issued (API.md §6 item 26)
      const orderDoc = expectOk(await get(t, 'sales_order', single.mk_id));
      expect(asArray(orderDoc.doc_link_list)).toEqual([
        { mk_id: bill.mk_id, count_code: bill.count_code, doc_type: 'sales_bill_domestic' },
      ]);
      expectRefusal(
        await t.post(B('put_document'), sampleOrder(t, { offer_list: [{ mk_id: '400999999999' }] })),
        '2',
        /Cannot find document type sales_offer/,
      );
    },
  },
  {
    name: '§2.5: create_invoice on an order also creates the invoice and returns its id in attachment_list',
    async run(t) {
      await addSampleProducts(t);
      const put = expectOk(await t.post(B('put_document'), sampleOrder(t, { create_invoice: 'true' })));
      const billId = put.attachment_list[0].bill_mk_id;
      const bill = expectOk(await get(t, t.core.store.documents.get(billId)!.docType, billId));
      expect(bill.sales_order_list.mk_id).toBe(put.mk_id);
      expect(cents(bill.sum_all)).toBe(7564n);
    },
  },
  {
    name: '§2.5: credit notes need a valid credit_note_type and an existing invoice unless standalone',
    async run(t) {
      await addSampleProducts(t);
      const note = (extra: Record<string, unknown>) =>
        t.post(
          B('put_document'),
          sampleOrder(t, { doc_type: 'sales_bill_credit_note', buyer_order: undefined, ...extra }),
        );
      expectRefusal(await note({ credit_note_type: 'partial' }), '2', /credit_note_type/);
      expectRefusal(
        await note({ credit_note_type: 'financial', credit_note_bill: 'NI-RACUNA' }),
        '2',
        /credit_note_bill/,
      );
      const bill = t.core.store.documents.byType('sales_bill_domestic')[0]!;
      expectOk(await note({ credit_note_type: 'financial', credit_note_bill: bill.countCode }));
      expectOk(await note({ credit_note_type: 'standalone' }));
    },
  },
  {
    name: '§4/§9: search caps limit at 100, reports result_all_records, pages by offset, ids-only without result_type',
    opts: { documents: 400, partners: 30, products: 60 },
    async run(t) {
      const total = t.core.store.documents.byType('sales_order').length;
      const first = expectOk(await t.post(B('search'), { doc_type: 'sales_order', limit: '500' }));
      expect(first.limit).toBe('100');
      expect(first.result).toHaveLength(Math.min(100, total));
      expect(first.result_all_records).toBe(String(total));
      expect(Object.keys(first.result[0]).sort()).toEqual(['count_code', 'mk_id', 'opr_code']);
      const ids: string[] = [];
      for (let offset = 0; offset < total; offset += 100) {
        ids.push(
          ...expectOk(
            await t.post(B('search'), { doc_type: 'sales_order', offset: String(offset), limit: '100' }),
          ).result.map((r: any) => r.mk_id),
        );
      }
      expect(new Set(ids).size).toBe(total);
      expect(ids).toEqual([...ids].sort());
      const desc = expectOk(
        await t.post(B('search'), { doc_type: 'sales_order', limit: '3', order_direction: 'desc' }),
      ).result;
      expect(desc[0].mk_id).toBe(ids.at(-1));
      const docs = expectOk(
        await t.post(B('search'), { doc_type: 'sales_bill_domestic', limit: '2', result_type: 'doc' }),
      ).result;
      expect(docs[0].sum_all).toBeDefined();
      expect(docs[0].doc_type).toBeUndefined(); // some types come without doc_type (API.md §2.5 live)
    },
  },
  {
    name: '§6.19: sales_offer searches refuse doc_date filters; sales_order searches apply them',
    opts: { documents: 200 },
    async run(t) {
      expectRefusal(
        await t.post(B('search'), {
          doc_type: 'sales_offer',
          query_advance: [{ type: 'doc_date_from', value: '01.01.2026' }],
        }),
        '2',
        'cannot get beQueryParam',
      );
      const from = '2026-01-01+01:00'; // winter offsets are accepted in search filters (API.md §1.5)
      const hits = expectOk(
        await t.post(B('search'), {
          doc_type: 'sales_order',
          result_type: 'doc',
          limit: '100',
          query_advance: [{ type: 'doc_date_from', value: from }],
        }),
      );
      const expected = t.core.store.documents.byType('sales_order').filter((d) => d.docDate >= '2026-01-01').length;
      expect(hits.result_all_records).toBe(String(expected));
      for (const d of asArray(hits.result)) expect(d.doc_date >= '2026-01-01').toBe(true);
      expectRefusal(
        await t.post(B('search'), { doc_type: 'sales_order', query_advance: [{ type: 'changed_since', value: 'x' }] }),
        '2',
        /invalid type/,
      );
    },
  },
  {
    name: '§4: last_change_from/to find orders changed in a window (clock injected); other types refuse them',
    opts: {
      documents: 0,
      clock: (() => {
        let now = Date.parse('2026-03-10T08:00:00Z');
        return () => new Date((now += 1000));
      })(),
    },
    async run(t) {
      await addSampleProducts(t);
      const early = expectOk(await t.post(B('put_document'), sampleOrder(t, { buyer_order: 'EARLY' })));
      const later = expectOk(await t.post(B('put_document'), sampleOrder(t, { buyer_order: 'LATER' })));
      const cut = t.core.store.documents.get(later.mk_id)!.lastChangeTs + 1000;
      const q = (from: number) =>
        t.post(B('search'), {
          doc_type: 'sales_order',
          query_advance: [
            { type: 'last_change_from', value: new Date(from).toISOString().replace(/\.\d+Z$/, '+00:00') },
          ],
        });
      expect(expectOk(await q(cut)).result_all_records).toBe('0');
      expectOk(
        await t.post(B('update_document'), { doc_type: 'sales_order', mk_id: early.mk_id, notes: 'Spremenjeno' }),
      );
      const changed = expectOk(await q(cut));
      expect(changed.result.map((r: any) => r.mk_id)).toEqual([early.mk_id]);
      expectRefusal(
        await t.post(B('search'), {
          doc_type: 'sales_order',
          query_advance: [{ type: 'last_change_from', value: '2026-03-10' }],
        }),
        '6',
        'datetime is not valid',
      );
      expectRefusal(
        await t.post(B('search'), {
          doc_type: 'sales_bill_domestic',
          query_advance: [{ type: 'last_change_from', value: '2026-03-10T08:00:00+01:00' }],
        }),
        '2',
        'cannot get beQueryParam',
      );
    },
  },
  {
    name: '§2.5/§9: update_document patches only the listed fields and lines; bills take status only',
    async run(t) {
      await addSampleProducts(t);
      const put = expectOk(await t.post(B('put_document'), sampleOrder(t)));
      const rows = asArray(
        expectOk(await get(t, 'sales_order', put.mk_id, { show_product_detail: 'true' })).product_list,
      );
      const upd = expectOk(
        await t.post(B('update_document'), {
          doc_type: 'sales_order',
          mk_id: put.mk_id,
          notes: 'Pokliči pred dostavo',
          product_list: [{ mk_row_id: rows[0].mk_row_id, amount: '3' }],
          product_add: [{ code: 'SVC-INST', amount: '2', price: '45', tax: 'EX4' }],
          product_remove: [{ mk_row_id: rows[1].mk_row_id }],
        }),
      );
      expect(Object.keys(upd).sort()).toEqual(['opr_code', 'opr_time_ms']);
      const doc = expectOk(await get(t, 'sales_order', put.mk_id, { show_product_detail: 'true' }));
      expect(doc.title).toBe('Oprema za sejno sobo');
      expect(doc.notes).toBe('Pokliči pred dostavo');
      expect(asArray(doc.product_list).map((l: any) => [l.code, l.amount])).toEqual([
        ['KAB-USB-C-1M', '3'],
        ['SVC-INST', '2'],
      ]);
      expect(asArray(doc.product_list)[0].mk_row_id).toBe(rows[0].mk_row_id);
      expect(doc.sum_basic).toBe('115.5');
      const bill = t.core.store.documents.byType('sales_bill_domestic')[0]!;
      expectRefusal(
        await t.post(B('update_document'), { doc_type: 'sales_bill_domestic', mk_id: bill.mkId, notes: 'x' }),
        '2',
        /only status_code/,
      );
      expectOk(
        await t.post(B('update_document'), {
          doc_type: 'sales_bill_domestic',
          mk_id: bill.mkId,
          status_code: 'Opomin poslan',
        }),
      );
      expectRefusal(
        await t.post(B('update_document'), {
          doc_type: 'sales_order',
          mk_id: put.mk_id,
          notes: 'Ne sme ostati',
          status_code: 'izgubljeno',
        }),
        '2',
        /Valid values : Novo naročilo/,
      );
      expect(expectOk(await get(t, 'sales_order', put.mk_id)).notes).toBe('Pokliči pred dostavo'); // a refused patch changes nothing
    },
  },
  {
    name: '§2.5/§6.5/§9: delete_document needs mk_id and doc_type, and deletes only sales orders',
    async run(t) {
      await addSampleProducts(t);
      const put = expectOk(await t.post(B('put_document'), sampleOrder(t)));
      expectRefusal(
        await t.post(B('delete_document'), { doc_type: 'sales_order', doc_id: put.mk_id }),
        '2',
        'Paramether mk_id must be set',
      );
      expectRefusal(await t.post(B('delete_document'), { mk_id: put.mk_id }), '1', 'Internal server error.');
      const bill = t.core.store.documents.byType('sales_bill_domestic')[0]!;
      expectRefusal(
        await t.post(B('delete_document'), { doc_type: 'sales_bill_domestic', mk_id: bill.mkId }),
        '2',
        /cannot be deleted/,
      );
      expectOk(await t.post(B('delete_document'), { doc_type: 'sales_order', mk_id: put.mk_id }));
      expectRefusal(
        await get(t, 'sales_order', put.mk_id),
        '2',
        `Cannot find document type sales_order with id = ${put.mk_id}`,
      );
    },
  },
  {
    name: '§6.25: a document deleted by a user in Metakocka starts answering "Cannot find document"',
    async run(t) {
      const bill = t.core.store.documents.byType('sales_bill_domestic')[0]!;
      expectOk(await get(t, 'sales_bill_domestic', bill.mkId));
      t.core.store.deleteDocumentAsUser(bill.mkId);
      expectRefusal(
        await get(t, 'sales_bill_domestic', bill.mkId),
        '2',
        `Cannot find document type sales_bill_domestic with id = ${bill.mkId}`,
      );
    },
  },
  {
    name: '§2.4/§9: a sales order raises reserved_amount, not amount; cancelling releases it; status via change_document_status',
    async run(t) {
      await addSampleProducts(t);
      const p = stockProduct(t);
      const wh = t.core.store.warehouses.main();
      t.core.store.stock.setAmount(p.mkId, wh.mkId, dec('50'));
      const row = async () =>
        expectOk(
          await t.post(A('warehouse_stock'), { product_code_list: p.code, wh_id_list: wh.mkId }),
        ).stock_list.find((r: any) => r.warehouse_id === wh.mkId);
      const before = await row();
      const put = expectOk(
        await t.post(
          B('put_document'),
          sampleOrder(t, {
            warehouse: wh.mark,
            status_code: 'Novo naročilo',
            product_list: [{ code: p.code, amount: '4', tax: 'EX4' }],
          }),
        ),
      );
      const during = await row();
      expect(cents(during.amount)).toBe(cents(before.amount));
      expect(cents(during.reserved_amount) - cents(before.reserved_amount)).toBe(400n);
      expect(cents(during.free_amount)).toBe(cents(during.amount) - cents(during.reserved_amount));
      expectRefusal(
        await t.post(B('change_document_status'), { doc_type: 'sales_order', mk_id: put.mk_id, status_code: 'Nekaj' }),
        '2',
        /Valid values/,
      );
      expectOk(
        await t.post(B('change_document_status'), {
          doc_type: 'sales_order',
          mk_id_list: [put.mk_id],
          status_code: 'canceled',
        }),
      );
      expect(cents((await row()).reserved_amount)).toBe(cents(before.reserved_amount));
      expect(expectOk(await get(t, 'sales_order', put.mk_id)).status_desc).toBe('canceled');
    },
  },
  {
    name: '§6.26: an invoice written through the API is not issued and moves no stock; a user issues it',
    async run(t) {
      await addSampleProducts(t);
      const p = stockProduct(t);
      const amountBefore = t.core.store.stock.forProduct(p.mkId).map((r) => r.amount);
      const put = expectOk(
        await t.post(
          B('put_document'),
          sampleOrder(t, {
            doc_type: 'sales_bill_domestic',
            buyer_order: undefined,
            product_list: [{ code: p.code, amount: '3', tax: 'EX4' }],
          }),
        ),
      );
      expect(expectOk(await get(t, 'sales_bill_domestic', put.mk_id)).publish_ts).toBeUndefined();
      expect(t.core.store.stock.forProduct(p.mkId).map((r) => r.amount)).toEqual(amountBefore);
      t.core.store.issueDocument(put.mk_id);
      expect(expectOk(await get(t, 'sales_bill_domestic', put.mk_id)).publish_ts).toMatch(/^\d{4}-\d\d-\d\dT/);
    },
  },
  {
    name: '§2.5/§5.1: report returns a PDF; errors come as JSON',
    async run(t) {
      const bill = t.core.store.documents.byType('sales_bill_domestic')[0]!;
      const pdf = await t.post(B('report'), {
        mk_id: bill.mkId,
        report_id: '38',
        params: [{ type: 'REPORT_TYPE', value: 'PDF' }],
      });
      expect(pdf.status).toBe(200);
      expect(pdf.contentType).toBe('application/pdf');
      expect(new TextDecoder().decode(pdf.bytes.slice(0, 5))).toBe('%PDF-');
      expect(pdf.text).toContain(bill.countCode);
      expectRefusal(await t.post(B('report'), { mk_id: '400999999999', report_id: '38' }), '2', /Cannot find document/);
      const err = await t.post(B('report'), { mk_id: bill.mkId });
      expect(err.contentType).toMatch(/json/);
      expect(err.json.opr_code).toBe('2');
      // Only report 38 (bill print-out) is published; other ids and other document types answer JSON (report_concept.md).
      expectRefusal(await t.post(B('report'), { mk_id: bill.mkId, report_id: '39' }), '2', /Report with id = 39/);
      const order = t.core.store.documents.byType('sales_order')[0]!;
      expectRefusal(
        await t.post(B('report'), { mk_id: order.mkId, report_id: '38' }),
        '2',
        /cannot print document type sales_order/,
      );
    },
  },
];
