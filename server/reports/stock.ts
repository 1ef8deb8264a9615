// Stock and low stock (issue 19 step 3): every active product with its stock, Metakocka's minimum (min_stock,
// API.md §3.2) and the shortfall; optionally only those below their minimum, or of one category.
import { OBJECT_NAMES } from 'plugin/constants/names';
import { compare, parseDecimal, sub, toPlainString, ZERO } from 'server/money/decimal';

import type { ReportTemplate } from './template';

interface StockProduct {
  id: string;
  code: string;
  name: string;
  category: string | null;
  stockTotal: number | string | null;
  minStock: number | string | null;
  isBelowMinimum: boolean | null;
}

const productFilter = (params: { productCategory?: string; lowStockOnly?: boolean }) => ({
  and: [
    { isActive: { eq: true } },
    ...(params.lowStockOnly ? [{ isBelowMinimum: { eq: true } }] : []),
    ...(params.productCategory ? [{ category: { like: `%${params.productCategory}%` } }] : []),
  ],
});

const plain = (value: number | string | null) => (value === null ? null : toPlainString(parseDecimal(String(value))));

export const stock: ReportTemplate = {
  id: 'stock',
  title: 'Stock and low stock',
  parameters: [{ name: 'productCategory' }, { name: 'lowStockOnly' }],
  columns: [
    { key: 'code', kind: 'text' },
    { key: 'product', kind: 'text' },
    { key: 'category', kind: 'text' },
    { key: 'stock', kind: 'quantity' },
    { key: 'minimum', kind: 'quantity' },
    { key: 'shortfall', kind: 'quantity' },
    { key: 'belowMinimum', kind: 'flag' },
  ],
  chart: { kind: 'bar', x: 'code', y: 'shortfall' },
  objects: ['metakockaProduct'],
  // Stock comes in with the products stream (and the stock webhook between runs); no run ever records STOCK, so
  // listing it here left "data as of" at never.
  streams: ['PRODUCTS'],
  estimate: (ctx, params) => ctx.reader.count(OBJECT_NAMES.product, productFilter(params)),
  async run(ctx, params) {
    const products: StockProduct[] = [];
    await ctx.reader.eachPage<StockProduct>(
      OBJECT_NAMES.product,
      'id code name category stockTotal minStock isBelowMinimum',
      productFilter(params),
      (page) => products.push(...page),
    );
    const shortfall = (p: StockProduct) =>
      p.isBelowMinimum && p.minStock !== null
        ? sub(parseDecimal(String(p.minStock)), parseDecimal(String(p.stockTotal ?? 0)))
        : ZERO;
    const rows = products
      .sort((a, b) => compare(shortfall(b), shortfall(a)) || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
      .map((p) => ({
        code: p.code,
        product: p.name,
        category: p.category ?? '',
        stock: plain(p.stockTotal),
        minimum: plain(p.minStock),
        shortfall: toPlainString(shortfall(p)),
        belowMinimum: p.isBelowMinimum === true,
      }));
    return { rows, recordIds: products.map((p) => p.id), path: 'paged' };
  },
};
