/**
 * Issue 14 items 1-12: where the sandbox was kinder or different than the real API. Each case names its source: OFF =
 * metakocka/metakocka_api_base at 50df059 (docs/<page>), RH = recharge-si/recharge-hub, T4A = time-4-action/t4a-mk-automation,
 * MCP = matejmohar/metakocka-mcp (API.md §7). Items 2, 3 and the fiscal wording of 12 are pinned in products.cases.ts and
 * documents.cases.ts, next to the behaviour they changed.
 */
import { A, B, C } from '../transports';
import { addSampleProducts, asArray, cents, expectOk, expectRefusal, sampleOrder, type ContractCase } from './helpers';

const API_USER = 'api@sandbox.example';

export const fidelityCases: ContractCase[] = [
  {
    name: 'item 1 (OFF documents_get_document_bill.md, search_examples.md): a one-line document lists its line as a one-element array',
    async run(t) {
      await addSampleProducts(t);
      const put = expectOk(
        await t.post(
          B('put_document'),
          sampleOrder(t, {
            buyer_order: 'ENA-VRSTICA',
            product_list: [{ code: 'SVC-INST', amount: '1', price: '45', tax: 'EX4' }],
          }),
        ),
      );
      const doc = expectOk(await t.post(B('get_document'), { doc_type: 'sales_order', doc_id: put.mk_id }));
      expect(doc.product_list).toEqual([expect.objectContaining({ code: 'SVC-INST', amount: '1' })]);
      const found = expectOk(
        await t.post(B('search'), { doc_type: 'sales_order', result_type: 'doc', query: 'ENA-VRSTICA' }),
      );
      expect(found.result).toHaveLength(1);
      expect(found.result[0].product_list).toEqual([expect.objectContaining({ code: 'SVC-INST' })]);
    },
  },
  {
    name: 'item 4 (OFF documents_update_document_sales_order.md "update and create invoice"): update_document create_invoice makes the invoice',
    async run(t) {
      await addSampleProducts(t);
      const put = expectOk(await t.post(B('put_document'), sampleOrder(t)));
      const answer = expectOk(
        await t.post(B('update_document'), {
          doc_type: 'sales_order',
          mk_id: put.mk_id,
          create_invoice: 'true',
          notes: 'Račun narejen.',
        }),
      );
      expect(Object.keys(answer).sort()).toEqual(['opr_code', 'opr_time_ms']);
      const order = expectOk(await t.post(B('get_document'), { doc_type: 'sales_order', doc_id: put.mk_id }));
      expect(order.notes).toBe('Račun narejen.');
      const link = order.doc_link_list.find((l: any) => l.doc_type.startsWith('sales_bill_'));
      const bill = expectOk(await t.post(B('get_document'), { doc_type: link.doc_type, doc_id: link.mk_id }));
      expect(bill.sales_order_list.mk_id).toBe(put.mk_id);
      expect(cents(bill.sum_all)).toBe(7564n);
    },
  },
  {
    name: 'item 5 (MCP live note): a tracking code on an order without an invoice is refused; with create_invoice in the same call it is taken',
    async run(t) {
      await addSampleProducts(t);
      const put = expectOk(await t.post(B('put_document'), sampleOrder(t)));
      expectRefusal(
        await t.post(B('update_document'), { doc_type: 'sales_order', mk_id: put.mk_id, tracking_code: 'SI2001' }),
        '6',
        'No invoice for given sales order. Tracking code cannot be add.',
      );
      expect(
        expectOk(await t.post(B('get_document'), { doc_type: 'sales_order', doc_id: put.mk_id })).tracking_code,
      ).toBeUndefined();
      expectOk(
        await t.post(B('update_document'), {
          doc_type: 'sales_order',
          mk_id: put.mk_id,
          create_invoice: 'true',
          tracking_code: 'SI2001',
        }),
      );
      expect(
        expectOk(await t.post(B('get_document'), { doc_type: 'sales_order', doc_id: put.mk_id })).tracking_code,
      ).toBe('SI2001');
    },
  },
  {
    name: 'item 6 (OFF warehouse_stock_sync.md §1.1, §2.2): sync_stock echoes stock_list; unknown warehouse or product is an error_list row with opr_code 0',
    async run(t) {
      const store = t.core.store;
      const wh = store.warehouses.main();
      const product = store.products
        .list()
        .find((p) => store.stock.forProduct(p.mkId).some((r) => r.warehouseMkId === wh.mkId))!;
      const before = store.stock.rows.map((r) => r.amount);
      const refused = expectOk(
        await t.post(C('sync_stock'), {
          api_user_email: API_USER,
          stock_list: [
            { warehouse_id: '1600999999', product_code: product.code, amount: '100' },
            { warehouse_id: wh.mkId, product_code: 'NI-TAKEGA', amount: '200' },
          ],
        }),
      );
      expect(refused).toEqual(expect.objectContaining({ opr_code: '0', opr_desc: 'Sync successful' }));
      expect(refused.error_list).toEqual([
        { product_code: product.code, warehouse_id: '1600999999', error: 'Warehouse not found' },
        { product_code: 'NI-TAKEGA', warehouse_id: wh.mkId, error: 'Product not found' },
      ]);
      expect(refused.stock_list).toBeUndefined();
      expect(store.stock.rows.map((r) => r.amount)).toEqual(before); // nothing applied
      const ok = expectOk(
        await t.post(C('sync_stock'), {
          api_user_email: API_USER,
          stock_list: [{ warehouse_id: wh.mkId, product_code: product.code, amount: '12' }],
        }),
      );
      expect(ok.stock_list).toEqual([
        { product_code: product.code, product_id: product.mkId, warehouse_id: wh.mkId, amount: '12' },
      ]);
      expect(ok.error_list).toBeUndefined();
    },
  },
  {
    name: 'item 7 (OFF product_list.md §1.9): category_tree_list is a tree of tree_node_* nodes, not path strings',
    async run(t) {
      await t.post(A('product_add'), {
        code: 'MAC-1',
        name: 'MacBook',
        unit: 'kos',
        sales: 'true',
        categories: [{ category: ['Računalnik', 'Apple', 'MacBook'] }],
      });
      const p = expectOk(await t.post(A('product_list'), { code: 'MAC-1', return_category: 'true' })).product_list;
      const one = Array.isArray(p) ? p[0] : p;
      const [root] = one.category_tree_list;
      expect(root).toEqual(
        expect.objectContaining({
          tree_node_container: 'true',
          tree_node_label: 'Računalnik',
          tree_node_visible: 'true',
          tree_node_id: expect.stringMatching(/^\d+$/),
        }),
      );
      expect(root.tree_node_list[0].tree_node_label).toBe('Apple');
      expect(root.tree_node_list[0].tree_node_list[0]).toEqual(expect.objectContaining({ tree_node_label: 'MacBook' }));
      expect(root.tree_node_list[0].tree_node_list[0].tree_node_list).toBeUndefined();
    },
  },
  {
    name: 'item 8 (OFF documents_put_document_sales_order.md "Create invoice after order is stored"): the answer has document_type_short, partner, total_price',
    async run(t) {
      await addSampleProducts(t);
      const put = expectOk(await t.post(B('put_document'), sampleOrder(t, { create_invoice: 'true' })));
      expect(Object.keys(put).sort()).toEqual([
        'attachment_list',
        'count_code',
        'document_type_short',
        'mk_id',
        'opr_code',
        'opr_time_ms',
        'opr_time_no_lock_ms',
        'partner',
        'total_price',
      ]);
      expect(put.document_type_short).toBe('PR_SO');
      expect(put.partner).toEqual({ mk_id: (sampleOrder(t).partner as { mk_id: string }).mk_id });
      expect(put.total_price).toBe('75.64');
      expect(put.attachment_list).toEqual([{ bill_mk_id: expect.stringMatching(/^\d+$/) }]);
    },
  },
  {
    name: 'item 9 (OFF warehouse_list.md §1.1): warehouse_list answers carry offset "0" and limit "1000" in the head',
    async run(t) {
      const list = expectOk(await t.post(A('warehouse_list'), {}));
      expect([list.offset, list.limit]).toEqual(['0', '1000']);
      expect(list.warehouse_list_count).toBe(String(list.warehouse_list.length));
    },
  },
  {
    name: 'item 10 (RH live key list): get_document answers carry doc_created_email and, on orders, fulfillment_user',
    async run(t) {
      const order = t.core.store.documents.byType('sales_order')[0]!;
      const doc = expectOk(await t.post(B('get_document'), { doc_type: 'sales_order', doc_id: order.mkId }));
      expect(doc.doc_created_email).toBe(API_USER);
      expect(doc.fulfillment_user).toEqual(expect.any(String));
    },
  },
  {
    name: 'item 11 (RH payment-types.ts, live): "Valid values" lists are comma-separated without spaces',
    async run(t) {
      await addSampleProducts(t);
      expectRefusal(
        await t.post(B('put_document'), sampleOrder(t, { status_code: 'zaprto' })),
        '2',
        /^Paramether 'status_code' has invalid value : zaprto\. Valid values : Novo naročilo,Osnutek,Izdelan,/,
      );
      expectRefusal(
        await t.post(A('product_add'), { code: 'X', name: 'X', unit: 'kosov' }),
        '2',
        /Valid values : kos,kom,kpl,kg,/,
      );
    },
  },
  {
    name: 'item 12 (RH products.ts, T4A pricelistSyncService.js, live): the recorded price-list refusal texts',
    async run(t) {
      const add = (def: Record<string, string>) =>
        t.post(A('product_add'), {
          code: 'P1',
          name: 'Cena',
          unit: 'kos',
          pricelist: [{ count_code: '1', price_def: [def] }],
        });
      expectRefusal(
        await add({ tax: 'EX4', price_with_tax: '12.2' }),
        '2',
        "Pricelist '1' has 'net' price type. Use 'price' instead of 'price_with_tax' to set the product price on the pricelist.",
      );
      expectRefusal(
        await add({ price: '1234' }),
        '2',
        /^Paramether 'tax' is not a valid tax\. Supported tax values are: 000,085,095,200,220,EX1,EX2,EX3,EX4$/,
      );
    },
  },

  {
    name: 'item 13 (OFF put_transaction.md): put_transaction adds a payment on B and on A; it shows in sum_paid and mark_paid; a return pays back',
    async run(t) {
      await addSampleProducts(t);
      const put = expectOk(
        await t.post(B('put_document'), sampleOrder(t, { create_invoice: 'true', buyer_order: 'PLACILO-1' })),
      );
      const bill = t.core.store.documents.get(put.attachment_list[0].bill_mk_id)!;
      const pay = {
        payment_mode: 'payment',
        payment_type: 'Transakcijski račun',
        date: '2026-03-14+02:00',
        price: '50.00',
        notes: 'Prvi obrok',
      };
      expect(
        Object.keys(
          expectOk(await t.post(B('put_transaction'), { doc_type: 'bill', count_code: bill.countCode, ...pay })),
        ).sort(),
      ).toEqual(['opr_code', 'opr_time_ms']);
      expectOk(
        await t.post(A('put_transaction'), { doc_type: bill.docType, mk_id: bill.mkId, ...pay, price: '25.64' }),
      );
      const read = expectOk(
        await t.post(B('get_document'), { doc_type: bill.docType, doc_id: bill.mkId, show_payment_detail: 'true' }),
      );
      expect(read.sum_paid).toBe('75.64');
      expect(read.mark_paid).toEqual([
        expect.objectContaining({
          payment_type: 'Transakcijski račun',
          date: '14.03.2026',
          amount: '50,00',
          notes: 'Prvi obrok',
        }),
        expect.objectContaining({ amount: '25,64' }),
      ]);
      expectOk(
        await t.post(B('put_transaction'), {
          doc_type: 'sales_order',
          buyer_order: 'PLACILO-1',
          ...pay,
          payment_mode: 'return',
          price: '10',
        }),
      );
      expect(expectOk(await t.post(B('get_document'), { doc_type: 'sales_order', doc_id: put.mk_id })).sum_paid).toBe(
        '-10',
      );
      expectRefusal(
        await t.post(B('put_transaction'), { doc_type: 'bill', count_code: 'NI-TAKEGA', ...pay }),
        '2',
        'Cannot find document type bill with id = NI-TAKEGA',
      );
      expectRefusal(
        await t.post(B('put_transaction'), { doc_type: 'bill', mk_id: bill.mkId, ...pay, payment_mode: 'gift' }),
        '2',
        /Valid values : payment,prepayment,return$/,
      );
      expectRefusal(
        await t.post(B('put_transaction'), { doc_type: 'bill', mk_id: bill.mkId, ...pay, payment_type: 'Gotovina' }),
        '6',
        /davčnih blagajn/,
      );
    },
  },
  {
    name: 'item 13 (OFF search_tracking_code.md): search_tracking_code finds the order of a tracking code; an unknown code is opr_code 6',
    async run(t) {
      await addSampleProducts(t);
      const put = expectOk(await t.post(B('put_document'), sampleOrder(t, { buyer_order: 'SLEDENJE-1' })));
      expectRefusal(
        await t.post(B('search_tracking_code'), { tracking_code: 'SI2001' }),
        '6',
        'Tracking code SI2001 not found',
      );
      expectOk(
        await t.post(B('update_document'), {
          doc_type: 'sales_order',
          mk_id: put.mk_id,
          create_invoice: 'true',
          tracking_code: 'SI2001',
        }),
      );
      const found = expectOk(await t.post(B('search_tracking_code'), { tracking_code: 'SI2001' }));
      expect(found).toEqual(
        expect.objectContaining({
          mk_id: put.mk_id,
          count_code: put.count_code,
          buyer_order: 'SLEDENJE-1',
          tracking_code: 'SI2001',
        }),
      );
    },
  },
  {
    name: 'item 13 (OFF documents_put_document_whdocs.md, documents_get_document_whdocs.md): warehouse documents are written, read, searched, updated and deleted',
    async run(t) {
      await addSampleProducts(t);
      const body = sampleOrder(t, {
        doc_type: 'warehouse_packing_list',
        status_code: 'delno_aktiven',
        product_list: [{ code: 'KAB-USB-C-1M', amount: '2', price: '8.5', tax: 'EX4' }],
      });
      const put = expectOk(await t.post(B('put_document'), body));
      const doc = expectOk(await t.post(B('get_document'), { doc_type: 'warehouse_packing_list', doc_id: put.mk_id }));
      expect(doc).toEqual(
        expect.objectContaining({
          mk_id: put.mk_id,
          doc_type: 'warehouse_packing_list',
          status_code: 'delno_aktiven',
          sum_basic: '17',
          sum_all: expect.any(String),
        }),
      );
      expect(doc.product_list).toEqual([expect.objectContaining({ code: 'KAB-USB-C-1M', amount: '2' })]);
      expectRefusal(
        await t.post(B('update_document'), {
          doc_type: 'warehouse_packing_list',
          mk_id: put.mk_id,
          status_code: 'XXXactive',
        }),
        '2',
        "Paramether 'status_code' has invalid value : XXXactive. Valid values : active,finished,deleted,aktiven,delno_aktiven",
      );
      expectOk(
        await t.post(B('update_document'), {
          doc_type: 'warehouse_packing_list',
          mk_id: put.mk_id,
          status_code: 'finished',
          notes: 'Odpremljeno.',
        }),
      );
      const found = expectOk(await t.post(B('search'), { doc_type: 'warehouse_packing_list', result_type: 'doc' }));
      expect(found.result).toEqual([
        expect.objectContaining({ mk_id: put.mk_id, status_code: 'finished', notes: 'Odpremljeno.' }),
      ]);
      expectOk(await t.post(B('delete_document'), { doc_type: 'warehouse_packing_list', mk_id: put.mk_id }));
      expectRefusal(
        await t.post(B('get_document'), { doc_type: 'warehouse_packing_list', doc_id: put.mk_id }),
        '2',
        `Cannot find document type warehouse_packing_list with id = ${put.mk_id}`,
      );
    },
  },
  {
    name: 'item 13 (OFF search_examples.md, documents_get_document_*.md): purchase bills and the other documented types read as a document, an empty page or opr_code 2',
    async run(t) {
      const empty = expectOk(await t.post(B('search'), { doc_type: 'purchase_bill_domestic' }));
      expect(empty).toEqual(
        expect.objectContaining({ result_all_records: '0', result_count: '0', offset: '0', limit: '100' }),
      );
      expectRefusal(
        await t.post(B('get_document'), { doc_type: 'purchase_bill_domestic', doc_id: '1600000001' }),
        '2',
        'Cannot find document type purchase_bill_domestic with id = 1600000001',
      );
      await addSampleProducts(t);
      const put = expectOk(await t.post(B('put_document'), sampleOrder(t, { doc_type: 'purchase_bill_domestic' })));
      expect(
        expectOk(await t.post(B('get_document'), { doc_type: 'purchase_bill_domestic', doc_id: put.mk_id }))
          .product_list,
      ).toHaveLength(2);
      expect(expectOk(await t.post(B('search'), { doc_type: 'purchase_bill_domestic' })).result_all_records).toBe('1');
      for (const docType of ['warehouse_inventory', 'transfer_order', 'workorder', 'abandoned_cart']) {
        expectRefusal(
          await t.post(B('get_document'), { doc_type: docType, doc_id: '1600000001' }),
          '2',
          `Cannot find document type ${docType} with id = 1600000001`,
        );
        expect(expectOk(await t.post(B('search'), { doc_type: docType })).result_all_records).toBe('0');
      }
    },
  },
  {
    name: 'item 13 (OFF create_complaint.md, get_complaint.md, update_complaint.md; MCP live): complaints are created, searched, read and updated',
    async run(t) {
      expectRefusal(await t.post(B('search'), { doc_type: 'complaint' }), '6', 'No complaints found');
      await addSampleProducts(t);
      expectOk(await t.post(B('put_document'), sampleOrder(t, { buyer_order: 'REKLAMACIJA-1' })));
      const claim = {
        api_user_email: API_USER,
        claim_type: 'reclamation',
        sales_order_customer_order: 'REKLAMACIJA-1',
        complaint_products: [{ code: 'KAB-USB-C-1M', amount: '1' }],
      };
      expectRefusal(
        await t.post(C('create_complaint'), { ...claim, datetime: 'včeraj' }),
        '6',
        'datetime is not valid',
      );
      expect(Object.keys(expectOk(await t.post(C('create_complaint'), claim))).sort()).toEqual([
        'opr_code',
        'opr_time_ms',
      ]);
      const [hit] = expectOk(await t.post(B('search'), { doc_type: 'complaint' })).result;
      expect(hit).toEqual(
        expect.objectContaining({
          doc_type: 'complaint',
          status_code: 'draft',
          buyer_order: 'REKLAMACIJA-1',
          claim_type: 'reclamation',
        }),
      );
      expect(hit.complaint_products).toEqual(expect.objectContaining({ code: 'KAB-USB-C-1M', amount: '1' }));
      expectRefusal(
        await t.post(C('update_complaint'), { claim_type: 'reclamation', claim_status: 'completed' }),
        '6',
        'claim_id is required',
      );
      expectOk(
        await t.post(C('update_complaint'), {
          claim_id: hit.mk_id,
          claim_type: 'reclamation',
          claim_status: 'completed',
          claim_note: 'Vrnjeno.',
        }),
      );
      const read = expectOk(await t.post(B('get_document'), { doc_type: 'complaint', doc_count_code: hit.count_code }));
      expect(read).toEqual(
        expect.objectContaining({ mk_id: hit.mk_id, status_code: 'completed', claim_note: 'Vrnjeno.' }),
      );
      expectRefusal(
        await t.post(B('get_document'), { doc_type: 'complaint', doc_id: '1' }),
        '2',
        'Cannot find document type complaint with id = 1',
      );
    },
  },
  {
    name: 'item 13 (OFF add_attachment.md, get_bank_statement.md, search_query_advance_discovery.md): documented answers',
    async run(t) {
      const order = t.core.store.documents.byType('sales_order')[0]!;
      const files = [
        { file_name: 'ponudba.pdf', source_url: 'https://example.si/p.pdf' },
        { file_name: 'slika.jpg', data_b64: 'AAAA' },
      ];
      expectRefusal(
        await t.post(C('add_attachment'), {
          mk_id: order.mkId,
          doc_type: 'sales_order',
          attachment_list: [{ source_url: 'https://example.si/p.pdf' }],
        }),
        '6',
        'file_name is required',
      );
      expectOk(
        await t.post(C('add_attachment'), { mk_id: order.mkId, doc_type: 'sales_order', attachment_list: files }),
      );
      const read = expectOk(
        await t.post(B('get_document'), { doc_type: 'sales_order', doc_id: order.mkId, show_attachments: 'true' }),
      );
      expect(read.attachment_list).toEqual([{ file_name: 'ponudba.pdf' }, { file_name: 'slika.jpg' }]);
      expectRefusal(
        await t.post(C('add_attachment'), { mk_id: '1', doc_type: 'sales_order', attachment_list: files }),
        '2',
        'Cannot find document type sales_order with id = 1',
      );
      expect(expectOk(await t.post(A('get_bank_statement'), { doc_date: '2022-01-27+02:00' }))).toEqual(
        expect.objectContaining({ limit: '100', offset: '0', result_count: '0' }),
      );
      const all = expectOk(await t.post(B('search_query_advance_discovery'), {}));
      expect(all.sales_order.map((q: any) => q.type)).toEqual(
        expect.arrayContaining(['doc_date_from', 'last_change_from', 'partner_mk_id', 'customer_order']),
      );
      expect(all.sales_offer.map((q: any) => q.type)).not.toContain('doc_date_from'); // offers refuse date filters (API.md §6 item 19)
      const one = expectOk(await t.post(B('search_query_advance_discovery'), { doc_type: 'sales_bill_domestic' }));
      expect(Object.keys(one).filter((k) => !k.startsWith('opr_'))).toEqual(['sales_bill_domestic']);
      expect(one.sales_bill_domestic[0]).toEqual({
        value_desc: expect.any(String),
        label: expect.any(String),
        type: expect.any(String),
      });
    },
  },
  {
    name: 'item 13: no listed operation answers an HTML 404 or "does not simulate"',
    async run(t) {
      const calls: Array<[string, Record<string, unknown>]> = [
        [B('put_transaction'), { doc_type: 'bill', count_code: 'X' }],
        [A('put_transaction'), { doc_type: 'bill', count_code: 'X' }],
        [B('search_tracking_code'), { tracking_code: 'X' }],
        [B('search'), { doc_type: 'complaint' }],
        [B('get_document'), { doc_type: 'complaint', doc_id: '1' }],
        [C('create_complaint'), {}],
        [C('update_complaint'), {}],
        [B('search'), { doc_type: 'purchase_bill_foreign' }],
        [B('get_document'), { doc_type: 'purchase_bill_foreign', doc_id: '1' }],
        [B('get_document'), { doc_type: 'warehouse_delivery_note', doc_id: '1' }],
        [A('get_bank_statement'), {}],
        [C('add_attachment'), {}],
        [B('search_query_advance_discovery'), {}],
        ...[
          'purchase_order',
          'purchase_bill_prepaid',
          'purchase_bill_credit_note',
          'warehouse_receiving_note',
          'warehouse_acceptance_note',
          'warehouse_inventory',
          'transfer_order',
          'warehouse_transfer_order',
          'workorder',
          'abandoned_cart',
        ].map((d): [string, Record<string, unknown>] => [B('get_document'), { doc_type: d, doc_id: '1' }]),
      ];
      for (const [path, body] of calls) {
        const a = await t.post(path, body);
        expect([path, a.status, a.contentType]).toEqual([path, 200, expect.stringContaining('application/json')]);
        expect([path, a.text]).toEqual([path, expect.not.stringMatching(/does not simulate/i)]);
        expect([path, ['0', '2', '6']]).toEqual([path, expect.arrayContaining([a.json.opr_code])]);
      }
    },
  },
  {
    name: 'item 13 (OFF search_examples.md): the documented query_advance filters are accepted and filter; unsimulated data finds nothing',
    async run(t) {
      await addSampleProducts(t);
      const store = t.core.store;
      const put = expectOk(
        await t.post(B('put_document'), sampleOrder(t, { buyer_order: 'FILTRI-1', delivery_type: 'posta_slovenije' })),
      );
      const ids = async (filters: Array<{ type: string; value: string }>) =>
        asArray(
          expectOk(await t.post(B('search'), { doc_type: 'sales_order', query_advance: filters, limit: '100' })).result,
        ).map((r: any) => r.mk_id);
      const kabel = store.products.byCode('KAB-USB-C-1M')!;
      const partner = store.partners.get((sampleOrder(t).partner as { mk_id: string }).mk_id)!;
      const country = partner.addresses[0]!.countryIso2;
      expect(await ids([{ type: 'product_code_list', value: 'NI-TAKEGA,KAB-USB-C-1M' }])).toEqual([put.mk_id]);
      expect(await ids([{ type: 'product_id_list', value: kabel.mkId }])).toEqual([put.mk_id]);
      expect(await ids([{ type: 'delivery_type', value: 'posta_slovenije' }])).toEqual([put.mk_id]);
      expect(
        await ids([
          { type: 'partner_recipient_name', value: partner.customer },
          { type: 'customer_order', value: 'FILTRI-1' },
        ]),
      ).toEqual([put.mk_id]);
      expect(
        await ids([
          { type: 'partner_country', value: country },
          { type: 'customer_order', value: 'FILTRI-1' },
        ]),
      ).toEqual([put.mk_id]);
      expect(await ids([{ type: 'status_id_list', value: '-2' }])).toContain(put.mk_id); // no status set
      expect(await ids([{ type: 'tracking_last_event_date_from', value: '2019-12-17T14:28:54+02:00' }])).toEqual([]);
      expectRefusal(
        await t.post(B('search'), { doc_type: 'sales_order', query_advance: [{ type: 'ni_takega', value: '1' }] }),
        '2',
        "Paramether 'query_advance' has invalid type : ni_takega",
      );
    },
  },
  {
    name: 'OFF documents_put_document.md "Credit note - financial/goods": a credit note of an invoice sends no partner and takes the invoice\'s',
    async run(t) {
      const invoice = t.core.store.documents.byType('sales_bill_domestic').at(-1)!;
      const note = {
        doc_type: 'sales_bill_credit_note',
        doc_date: '05.11.2021',
        credit_note_type: 'goods',
        credit_note_bill: invoice.countCode,
      };
      const put = expectOk(
        await t.post(B('put_document'), {
          ...note,
          product_list: [{ mk_id: invoice.lines[0]!.productMkId, amount: '1', price: '10', tax: 'EX4' }],
        }),
      );
      const read = expectOk(await t.post(B('get_document'), { doc_type: 'sales_bill_credit_note', doc_id: put.mk_id }));
      expect(read.partner).toEqual(
        expect.objectContaining({ mk_id: invoice.partner.partnerMkId, mk_address_id: invoice.partner.addressMkId }),
      );
      expectRefusal(
        await t.post(B('put_document'), { ...note, credit_note_type: 'standalone' }),
        '2',
        'Partner data are missing',
      );
      expectRefusal(
        await t.post(B('put_document'), { ...note, credit_note_bill: 'NI-TAKEGA' }),
        '2',
        'Cannot find invoice with count_code NI-TAKEGA for credit_note_bill.',
      );
    },
  },
  {
    name: 'OFF put_transaction.md warning, documents_put_document_sales_order.md "minimal request + add payment": mark_paid without an amount pays the whole document',
    async run(t) {
      await addSampleProducts(t);
      const put = expectOk(
        await t.post(
          B('put_document'),
          sampleOrder(t, { mark_paid: [{ payment_type: 'PayPal', date: '12.03.2026' }] }),
        ),
      );
      expect(
        cents(expectOk(await t.post(B('get_document'), { doc_type: 'sales_order', doc_id: put.mk_id })).sum_paid),
      ).toBe(7564n);
      expectRefusal(
        await t.post(B('put_document'), sampleOrder(t, { mark_paid: [{ payment_type: 'PayPal', amount: 'veliko' }] })),
        '2',
        'Paramether amount must be valid number (mark_paid).',
      );
    },
  },
];
