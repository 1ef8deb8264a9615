// Products: json/product_list paging, product_add, product_update (API.md §2.3), all on family A.
import type { MetakockaCaller } from './client';
import { parseAnswer, parseEach, type UnreadableItem } from './parse';
import {
  mkProductListSchema,
  mkProductSchema,
  mkWriteResultSchema,
  type MkProductWire,
  type MkWriteResultWire,
} from './schemas/product.schema';
import type { WireObject } from './wire';

/** product_list caps a page at 1000 and reports no total: a page shorter than the limit is the last (API.md §2.3, §4). */
export const PRODUCT_PAGE_MAX = 1000;

export interface ProductPageRequest {
  offset?: number;
  limit?: number;
  /** Filters in wire names: code, count_code, mk_id, title, search_with_like, sales, active, eshop_sync, ... */
  filters?: WireObject;
  /** Without return_pricelist no prices come back at all (API.md §6, item 20). */
  include?: { pricelist?: boolean; stock?: boolean; freeAmount?: boolean; taxFactor?: boolean; category?: boolean };
}
/** `unreadable`: products of the page that do not have the documented shape, left out of `products`. */
export interface ProductPage {
  products: MkProductWire[];
  unreadable: UnreadableItem[];
  offset: number;
  nextOffset: number | null;
}

export interface ProductsApi {
  productList(request?: ProductPageRequest): Promise<ProductPage>;
  productListAll(request?: Omit<ProductPageRequest, 'offset'>): AsyncGenerator<ProductPage>;
  productAdd(product: WireObject): Promise<MkWriteResultWire>;
  /** Selects the product by mk_id or count_code; empty values leave fields unchanged (API.md §2.3). */
  productUpdate(product: WireObject): Promise<Partial<MkWriteResultWire>>;
}

const flag = (on: boolean | undefined) => (on ? 'true' : undefined);

export function productsApi(caller: MetakockaCaller): ProductsApi {
  const productList = async (request: ProductPageRequest = {}): Promise<ProductPage> => {
    const offset = request.offset ?? 0;
    const limit = request.limit ?? PRODUCT_PAGE_MAX;
    if (limit < 1 || limit > PRODUCT_PAGE_MAX)
      throw new RangeError(`product_list pages hold 1 to ${PRODUCT_PAGE_MAX} products, not ${limit}.`);
    const include = request.include ?? {};
    const json = await caller.call('product_list', {
      ...request.filters,
      limit: String(limit),
      offset: String(offset),
      return_pricelist: flag(include.pricelist),
      // The misspelling is Metakocka's (API.md §1.4).
      return_warehause_stock: flag(include.stock),
      return_free_amount: flag(include.freeAmount),
      show_tax_factor: flag(include.taxFactor),
      return_category: flag(include.category),
    });
    const rows = parseAnswer(mkProductListSchema, 'product_list', json).product_list;
    const { items: products, unreadable } = parseEach(mkProductSchema, 'product_list', 'product', rows);
    // Paging counts every row, readable or not: a page short by its bad rows is not the last one.
    return { products, unreadable, offset, nextOffset: rows.length < limit ? null : offset + rows.length };
  };

  return {
    productList,
    async *productListAll(request = {}) {
      for (let offset: number | null = 0; offset !== null;) {
        const page: ProductPage = await productList({ ...request, offset });
        yield page;
        offset = page.nextOffset;
      }
    },
    async productAdd(product) {
      return parseAnswer(mkWriteResultSchema, 'product_add', await caller.call('product_add', product));
    },
    async productUpdate(product) {
      return parseAnswer(mkWriteResultSchema.partial(), 'product_update', await caller.call('product_update', product));
    },
  };
}
