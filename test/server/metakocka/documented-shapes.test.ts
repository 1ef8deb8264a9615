// The client reads every shape the official docs show (metakocka/metakocka_api_base at 50df059): a one-line document's
// lines as a one-element array and as a bare object, price tiers as one pricelist row each, the category tree. The
// answers are trimmed copies of the docs' own examples; what the sync sees after the adapter is what is asserted.
import { metakockaPort } from 'server/sync/metakocka-adapter';

import { startMkStub, stubClient, type StubBody } from './mk-stub';

const stub = startMkStub();
afterEach(() => stub.reset());
afterAll(() => stub.close());

const ok = (answer: StubBody) => ({ opr_code: '0', opr_time_ms: '12', ...answer });
const line = {
  count_code: 'PA_115_PA',
  mk_id: '1600000392',
  code: 'art1',
  name: 'art1',
  unit: 'kos',
  amount: '1',
  price: '100',
  tax: 'EX4',
  mk_row_id: '1600001111',
};
const oneLineBill = {
  mk_id: '1600376594',
  doc_type: 'sales_bill_domestic',
  count_code: '1-MK-1406',
  doc_date: '2019-09-26+02:00',
  sum_basic: '100',
  sum_tax_ex4: '22',
  sum_all: '122',
};

describe('one-line documents: product_list as a one-element array (OFF documents_get_document_bill.md) or as an object (older answers)', () => {
  it.each([
    ['a one-element array', [line]],
    ['a bare object', line],
  ])('get_document reads the single line given as %s', async (_shape, productList) => {
    stub.on('get_document', () => ok({ ...oneLineBill, product_list: productList }));
    const doc = await stubClient().getDocument({ docType: 'sales_bill_domestic', docId: '1600376594' });
    expect(doc.product_list.map((l) => [l.code, l.amount, l.price])).toEqual([['art1', '1', '100']]);
    expect(doc.vat_by_code).toEqual({ EX4: '22' });
  });

  it.each([
    ['a one-element array', [line]],
    ['a bare object', line],
  ])(
    'search with result_type "doc" reads the single line given as %s (OFF search_examples.md)',
    async (_shape, productList) => {
      stub.on('search', () =>
        ok({
          result_all_records: '1',
          result_count: '1',
          offset: '0',
          limit: '100',
          result: [{ ...oneLineBill, product_list: productList }],
        }),
      );
      const page = await stubClient().searchDocuments({ docType: 'sales_bill_domestic' });
      expect(page.records.map((d) => d.product_list.length)).toEqual([1]);
      expect(page.records[0]!.product_list[0]!.mk_row_id).toBe('1600001111');
    },
  );
});

const product = {
  count_code: 'PA_115_PA',
  mk_id: '1600000392',
  code: 'art1',
  name: 'art1',
  unit: 'kos',
  service: 'false',
  sales: 'true',
  purchasing: 'true',
};

describe('product_list shapes (OFF product_list.md §1.2, §1.9)', () => {
  const page = async () => (await metakockaPort(stubClient()).productsPage(0, 1000, { eshopOnly: false })).products;

  it.each([
    ['an object (one hit, §1.2)', product],
    ['a one-element array (one hit, newer examples)', [product]],
  ])('reads a single product given as %s', async (_shape, productList) => {
    stub.on('product_list', () =>
      ok({ limit: '1000', offset: '0', product_list_count: '1', product_list: productList }),
    );
    expect((await page()).map((p) => p.code)).toEqual(['art1']);
  });

  it('reads one pricelist row per quantity tier (PC_200_PC) as one price list priced at its first tier', async () => {
    const pricelist = [
      {
        count_code: 'PC_200_PC',
        price_def: { amount_to: '10', price: '2' },
        title: 'cenik1',
        sales_purchase: 'sales',
        currency_code: 'EUR',
      },
      {
        count_code: 'PC_200_PC',
        price_def: { amount_from: '10', price: '3' },
        title: 'cenik1',
        sales_purchase: 'sales',
        currency_code: 'EUR',
      },
      {
        count_code: 'PC_115',
        price_def: { tax: 'EX4', tax_desc: '22', price: '2', tax_factor: '0.22' },
        title: 'cenik3',
        currency_code: 'EUR',
      },
    ];
    stub.on('product_list', () => ok({ product_list: { ...product, pricelist } }));
    const [read] = await page();
    expect(read!.priceLists.map((l) => [l.countCode, l.price, l.taxFactor])).toEqual([
      ['PC_200_PC', '2', null],
      ['PC_115', '2', '0.22'],
    ]);
  });

  it.each([
    ['an object', { count_code: '1', price_def: { tax: 'EX4', price: '8.5' }, sales_purchase: 'sales' }],
    [
      'an array with a price_def array',
      [
        {
          count_code: '1',
          price_def: [
            { tax: 'EX4', price: '8.5' },
            { amount_from: '10', tax: 'EX4', price: '8' },
          ],
          sales_purchase: 'sales',
        },
      ],
    ],
  ])('reads a single pricelist given as %s', async (_shape, pricelist) => {
    stub.on('product_list', () => ok({ product_list: [{ ...product, pricelist }] }));
    const [read] = await page();
    expect(read!.priceLists.map((l) => [l.countCode, l.price, l.taxCode])).toEqual([['1', '8.5', 'EX4']]);
  });

  it('reads the category tree of return_category as its labels, parents first (§1.9)', async () => {
    const tree = [
      {
        tree_node_container: 'true',
        tree_node_id: '1600285172',
        tree_node_label: 'Računalnik',
        tree_node_visible: 'true',
        tree_node_list: [
          {
            tree_node_container: 'true',
            tree_node_id: '1600285174',
            tree_node_label: 'Apple',
            tree_node_visible: 'true',
            tree_node_list: [
              {
                tree_node_container: 'true',
                tree_node_id: '1600285176',
                tree_node_label: 'MacBook',
                tree_node_visible: 'true',
              },
            ],
          },
        ],
      },
    ];
    stub.on('product_list', () => ok({ product_list: [{ ...product, category_tree_list: tree }] }));
    expect((await page())[0]!.categories).toEqual(['Računalnik', 'Apple', 'MacBook']);
  });

  it('reads a child list given as a single object, and a product without categories as none', async () => {
    const tree = {
      tree_node_id: '1',
      tree_node_label: 'Sadje',
      tree_node_list: { tree_node_id: '2', tree_node_label: 'Jabolka' },
    };
    stub.on('product_list', () =>
      ok({
        product_list: [
          { ...product, category_tree_list: tree },
          { ...product, mk_id: '1600000393', code: 'art2' },
        ],
      }),
    );
    expect((await page()).map((p) => p.categories)).toEqual([['Sadje', 'Jabolka'], []]);
  });
});
