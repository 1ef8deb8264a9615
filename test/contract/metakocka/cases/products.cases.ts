/** product_list / product_add / product_update / warehouse_list / warehouse_stock / sync_stock (API.md §2.3, §2.4, §6 items 4, 17, 20, 21, 23, 27). */
import { dec } from 'test/sandbox';
import { A, C } from '../transports';
import { asArray, cents, expectOk, expectRefusal, type ContractCase } from './helpers';

export const productCases: ContractCase[] = [
  {
    name: '§6.4/§9: product_list with one hit returns an object, several an array, none leaves the list out',
    async run(t) {
      const p = t.core.store.products.list()[3]!;
      const one = expectOk(await t.post(A('product_list'), { code: p.code }));
      expect(one.product_list_count).toBe('1');
      expect(Array.isArray(one.product_list)).toBe(false);
      expect(one.product_list.mk_id).toBe(p.mkId);
      expect(Array.isArray(expectOk(await t.post(A('product_list'), { limit: '2' })).product_list)).toBe(true);
      const none = expectOk(await t.post(A('product_list'), { code: 'NI-TAKE-KODE' }));
      expect(none.product_list_count).toBe('0');
      expect(none.product_list).toBeUndefined();
    },
  },
  {
    name: '§6.20/§9: no prices unless return_pricelist; no total count; a short page is the last; cap 1000',
    opts: { products: 1203, partners: 1, documents: 0 },
    async run(t) {
      const plain = expectOk(await t.post(A('product_list'), { limit: '5' }));
      expect(plain.product_list.every((p: any) => p.pricelist === undefined)).toBe(true);
      expect(Object.keys(plain).filter((k) => /total|all_records/.test(k))).toEqual([]);
      const big = expectOk(await t.post(A('product_list'), { limit: '5000' }));
      expect(big.limit).toBe('1000');
      expect(big.product_list).toHaveLength(1000);
      const last = expectOk(await t.post(A('product_list'), { offset: '1000' }));
      expect(last.product_list_count).toBe('203');
    },
  },
  {
    name: '§3.2/§6.4 (OFF product_list.md §1.2): price_def is an object; each quantity tier is its own pricelist row',
    async run(t) {
      const products = asArray(
        expectOk(await t.post(A('product_list'), { return_pricelist: 'true', show_tax_factor: 'true' })).product_list,
      );
      const shapes = products.map((p: any) => p.pricelist);
      expect(shapes.some((s) => s && !Array.isArray(s))).toBe(true);
      const lists = shapes.flatMap((s) => asArray(s));
      expect(
        lists.every((l: any) => l.price_def && typeof l.price_def === 'object' && !Array.isArray(l.price_def)),
      ).toBe(true);
      // PC_200_PC in the docs: one row up to 10, another from 10. The seed's wholesale list "2" has three tiers.
      const tiered = products.find(
        (p: any) => asArray(p.pricelist).filter((l: any) => l.count_code === '2').length === 3,
      );
      const tiers = asArray(tiered.pricelist)
        .filter((l: any) => l.count_code === '2')
        .map((l: any) => l.price_def);
      expect(tiers.map((d: any) => [d.amount_from, d.amount_to])).toEqual([
        ['1', '9'],
        ['10', '49'],
        ['50', undefined],
      ]);
      expect(tiers[0].tax_factor).toBe(tiers[0].tax === 'EX4' ? '0.22' : '0.095');
      expect(lists.find((l: any) => l.pricelist_type === 'gross').price_def.price_with_tax).toBeDefined();
    },
  },
  {
    name: '§1.5/§6.2: some stock amounts, weights and prices come with a decimal comma',
    opts: { products: 200, partners: 1, documents: 0 },
    async run(t) {
      const page = expectOk(
        await t.post(A('product_list'), { return_pricelist: 'true', return_warehause_stock: 'true' }),
      ).product_list;
      const text = JSON.stringify(page);
      expect(text).toMatch(/"weight":"\d+,\d+"/);
      expect(text).toMatch(/"price":"\d+,\d+"/);
      const stock = JSON.stringify(expectOk(await t.post(A('warehouse_stock'))).stock_list);
      expect(stock).toMatch(/"amount":"-?\d+(,\d+)?"/);
    },
  },
  {
    name: '§2.3: product_add needs code, name, unit from the register; refuses duplicates; flags default to false',
    async run(t) {
      expectRefusal(await t.post(A('product_add'), { code: 'X1', name: 'Brez enote' }), '2', /unit/);
      expectRefusal(
        await t.post(A('product_add'), { code: 'X1', name: 'Napačna enota', unit: 'kosov' }),
        '2',
        /Valid values/,
      );
      const ok = expectOk(await t.post(A('product_add'), { code: 'X1', name: 'Vijak M8', unit: 'kos' }));
      expect(ok.mk_id).toMatch(/^\d{10,13}$/);
      const listed = expectOk(await t.post(A('product_list'), { code: 'X1' })).product_list;
      expect(listed).toEqual(
        expect.objectContaining({ count_code: ok.count_code, service: 'false', sales: 'false', eshop_sync: 'false' }),
      );
      expectRefusal(await t.post(A('product_add'), { code: 'X1', name: 'Spet', unit: 'kos' }), '6', /already exists/);
    },
  },
  {
    name: '§2.3/§6.17: a pricelist is net or gross; the wrong price field is refused; a price line needs a tax',
    async run(t) {
      expectRefusal(
        await t.post(A('product_add'), {
          code: 'P1',
          name: 'Cena',
          unit: 'kos',
          pricelist: [{ count_code: '1', price_def: [{ tax: 'EX4', price_with_tax: '12.2' }] }],
        }),
        '2',
        /'net' price type/,
      );
      expectRefusal(
        await t.post(A('product_add'), {
          code: 'P1',
          name: 'Cena',
          unit: 'kos',
          pricelist: [{ count_code: '1', price_def: [{ price: '10' }] }],
        }),
        '2',
        /tax/,
      );
      expectRefusal(
        await t.post(A('product_add'), {
          code: 'P1',
          name: 'Cena',
          unit: 'kos',
          pricelist: [{ count_code: '77', price_def: [{ tax: 'EX4', price: '10' }] }],
        }),
        '2',
        /Pricelist '77'/,
      );
      // A gross figure in a net field is stored silently (the sandbox cannot know).
      expectOk(
        await t.post(A('product_add'), {
          code: 'P1',
          name: 'Cena',
          unit: 'kos',
          pricelist: [{ count_code: '1', price_def: [{ tax: 'EX4', price: '12.2' }] }],
        }),
      );
      const listed = expectOk(await t.post(A('product_list'), { code: 'P1', return_pricelist: 'true' })).product_list;
      expect(cents(listed.pricelist.price_def.price)).toBe(1220n);
    },
  },
  {
    name: '§2.3/§6.27: product_update selects by count_code (not the SKU) or mk_id; empty values change nothing; $REMOVE_STRING_VALUE$ clears',
    async run(t) {
      const p = t.core.store.products.list().find((x) => x.barcode)!;
      expectRefusal(
        await t.post(A('product_update'), { count_code: p.code, name: 'X' }),
        '2',
        `Product with count_code '${p.code}' does not exist.`,
      );
      expectOk(
        await t.post(A('product_update'), {
          count_code: p.countCode,
          name: 'Novo ime',
          unit: '',
          barcode: '$REMOVE_STRING_VALUE$',
        }),
      );
      const listed = expectOk(await t.post(A('product_list'), { mk_id: p.mkId })).product_list;
      expect(listed.name).toBe('Novo ime');
      expect(listed.unit).toBe(p.unit);
      expect(listed.barcode).toBeUndefined();
    },
  },
  {
    name: '§4/§6.24: no push or change feed for products — an edit in Metakocka shows only on a rescan, with no timestamp',
    async run(t) {
      const p = t.core.store.products.list()[0]!;
      p.name = 'Urejeno v Metakocki';
      t.core.store.touchProduct(p.mkId);
      const listed = expectOk(await t.post(A('product_list'), { mk_id: p.mkId })).product_list;
      expect(listed.name).toBe('Urejeno v Metakocki');
      expect(Object.keys(listed).filter((k) => /_ts$|change|modified/.test(k))).toEqual([]);
    },
  },
  {
    name: '§2.4: warehouse_list lists 2-4 warehouses with marks; fields may be missing',
    async run(t) {
      const list = expectOk(await t.post(A('warehouse_list'))).warehouse_list;
      expect(list.length).toBeGreaterThanOrEqual(2);
      expect(list.length).toBeLessThanOrEqual(4);
      expect(list.filter((w: any) => w.main_warehouse === 'true')).toHaveLength(1);
      expect(list.every((w: any) => typeof w.mark === 'string' && typeof w.mk_id === 'string')).toBe(true);
    },
  },
  {
    name: '§6.21: warehouse_stock product_code_list matches code, not count_code; reserved/free come by default',
    async run(t) {
      const p = t.core.store.products
        .list()
        .find((x) => !x.service && t.core.store.stock.forProduct(x.mkId).length > 0)!;
      const byCode = expectOk(await t.post(A('warehouse_stock'), { product_code_list: p.code })).stock_list;
      expect(byCode.length).toBeGreaterThan(0);
      expect(byCode[0]).toEqual(
        expect.objectContaining({
          mk_id: p.mkId,
          code: p.code,
          reserved_amount: expect.any(String),
          free_amount: expect.any(String),
        }),
      );
      expect(expectOk(await t.post(A('warehouse_stock'), { product_code_list: p.countCode })).stock_list_count).toBe(
        '0',
      );
    },
  },
  {
    name: '§2.4: several stock rows per product and warehouse, and negative stock, exist in the seed',
    opts: { products: 400, partners: 1, documents: 0 },
    async run(t) {
      const rows = expectOk(await t.post(A('warehouse_stock'))).stock_list;
      const pairs = new Map<string, number>();
      for (const r of rows)
        pairs.set(`${r.mk_id}|${r.warehouse_id}`, (pairs.get(`${r.mk_id}|${r.warehouse_id}`) ?? 0) + 1);
      expect([...pairs.values()].some((n) => n > 1)).toBe(true);
      expect(rows.some((r: any) => r.amount.startsWith('-'))).toBe(true);
    },
  },
  {
    name: '§6.23: sync_stock needs a known api_user_email, says "Sync successful" for an empty call and zeroes unlisted products',
    async run(t) {
      const store = t.core.store;
      const wh = store.warehouses.main();
      expectRefusal(await t.post(C('sync_stock'), { api_user_email: 'nobody@example.si' }), '6', /api_user_email/);
      const before = store.stock.rows.map((r) => r.amount);
      const empty = expectOk(await t.post(C('sync_stock'), { api_user_email: 'api@sandbox.example' }));
      expect(empty.opr_desc).toBe('Sync successful');
      expect(store.stock.rows.map((r) => r.amount)).toEqual(before);
      const [keep, drop] = store.products
        .list()
        .filter((p) => store.stock.forProduct(p.mkId).some((r) => r.warehouseMkId === wh.mkId));
      expectOk(
        await t.post(C('sync_stock'), {
          api_user_email: 'api@sandbox.example',
          stock_list: [{ warehouse_id: wh.mkId, product_code: keep!.code, amount: '7' }],
        }),
      );
      expect(store.stock.forProduct(keep!.mkId).find((r) => r.warehouseMkId === wh.mkId)!.amount).toBe(dec('7'));
      expect(
        store.stock
          .forProduct(drop!.mkId)
          .filter((r) => r.warehouseMkId === wh.mkId)
          .every((r) => r.amount === 0n),
      ).toBe(true);
    },
  },
];
