/** json/product_list (family A; API.md §2.3, §8.2). */
import { MkFail } from '../store/mk-fail';
import type { Product } from '../store/types';
import { filled, flag, text, type Body } from '../values/body';
import { collapse } from '../values/wire';
import { productWire, type ProductListOptions } from '../wire/product-wire';
import type { MethodHandler } from './types';

/** product_list pages hold at most 1000 rows (API.md §2.3, §4). */
export const PRODUCT_PAGE_MAX = 1000;

function pageBounds(body: Body, max: number): { limit: number; offset: number } {
  const rawLimit = text(body, 'limit');
  const rawOffset = text(body, 'offset');
  const limit = rawLimit === undefined || rawLimit === '' ? max : Number(rawLimit);
  const offset = rawOffset === undefined || rawOffset === '' ? 0 : Number(rawOffset);
  if (!Number.isInteger(limit) || limit < 0)
    throw new MkFail('2', `Paramether 'limit' has invalid value : ${rawLimit}`);
  if (!Number.isInteger(offset) || offset < 0)
    throw new MkFail('2', `Paramether 'offset' has invalid value : ${rawOffset}`);
  return { limit: Math.min(limit, max), offset };
}
export { pageBounds };

function productFilter(body: Body): (p: Product) => boolean {
  const like = flag(body, 'search_with_like') === true;
  const eq = (value: string | undefined, actual: string) =>
    value === undefined ||
    (like ? actual.toLocaleLowerCase('sl').includes(value.toLocaleLowerCase('sl')) : actual === value);
  const countCode = filled(body, 'count_code');
  const mkId = filled(body, 'mk_id');
  const code = filled(body, 'code');
  const title = filled(body, 'title');
  const flags: Array<[string, (p: Product) => boolean]> = [
    ['sales', (p) => p.sales],
    ['purchase', (p) => p.purchasing],
    ['service', (p) => p.service],
    ['work', (p) => p.work],
    ['active', (p) => p.activated],
    ['eshop_sync', (p) => p.eshopSync],
  ];
  const wanted = flags.map(([k, get]) => [flag(body, k), get] as const).filter(([v]) => v !== undefined);
  const category = filled(body, 'category');
  return (p) =>
    eq(countCode, p.countCode) &&
    (mkId === undefined || p.mkId === mkId) &&
    eq(code, p.code) &&
    // title is a LIKE match (API.md §2.3)
    (title === undefined || p.name.toLocaleLowerCase('sl').includes(title.toLocaleLowerCase('sl'))) &&
    wanted.every(([v, get]) => get(p) === v) &&
    (category === undefined || p.categories.some((path) => path.includes(category)));
}

const FILTERS = [
  'count_code',
  'mk_id',
  'code',
  'title',
  'sales',
  'purchase',
  'service',
  'work',
  'active',
  'eshop_sync',
  'category',
];

function filteredPage(all: Product[], accept: (p: Product) => boolean, offset: number, limit: number): Product[] {
  const page: Product[] = [];
  let skipped = 0;
  for (const p of all) {
    if (page.length >= limit) break;
    if (!accept(p)) continue;
    if (skipped++ < offset) continue;
    page.push(p);
  }
  return page;
}

export const productList: MethodHandler = ({ store, body }) => {
  const { limit, offset } = pageBounds(body, PRODUCT_PAGE_MAX);
  const opts: ProductListOptions = {
    stock: flag(body, 'return_warehause_stock') === true, // sic (API.md §1.4)
    freeAmount: flag(body, 'return_free_amount') === true,
    // No prices at all unless asked (API.md §6 item 20).
    pricelist: flag(body, 'return_pricelist') === true,
    taxFactor: flag(body, 'show_tax_factor') === true,
    category: flag(body, 'return_category') === true,
  };
  const page = FILTERS.some((k) => text(body, k) !== undefined && text(body, k) !== '')
    ? filteredPage(store.products.list(), productFilter(body), offset, limit)
    : store.products.slice(offset, offset + limit); // no filter: build only this page of a lazily seeded catalogue
  const echoed = Object.fromEntries(
    [
      'return_warehause_stock',
      'return_free_amount',
      'return_pricelist',
      'show_tax_factor',
      'sales',
      'active',
      'eshop_sync',
    ]
      .filter((k) => text(body, k) !== undefined)
      .map((k) => [k, text(body, k)]),
  );
  const json: Record<string, unknown> = {
    ...echoed, // request parameters echoed in the head (API.md §1.3)
    limit: String(limit),
    offset: String(offset),
    product_list_count: String(page.length), // rows in this page; no total exists (API.md §2.3)
  };
  // One hit is an object, not an array (API.md §6 item 4); no hit leaves the list out.
  if (page.length > 0) json.product_list = collapse(page.map((p) => productWire(store, p, opts)));
  return { json };
};
