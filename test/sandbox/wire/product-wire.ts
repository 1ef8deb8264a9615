/** Product shape of json/product_list (API.md §2.3, §3.2, §8.2). */
import { TAX_CODES } from '../store/registers';
import type { SandboxStore } from '../store/store';
import type { PriceBreak, Product } from '../store/types';
import { formatComma, formatPlain, sum } from '../values/decimal';
import { hash32 } from '../values/prng';
import { collapse, compact, wireBool } from '../values/wire';

export interface ProductListOptions {
  stock: boolean;
  freeAmount: boolean;
  pricelist: boolean;
  taxFactor: boolean;
  category: boolean;
}

/** Some records show decimal commas (API.md §1.5: weight "0,23", pricelist price "171,31"); which ones is fixed per record. */
export const commaFor = (key: string): boolean => hash32(key) % 3 === 0;
const num = (key: string, value: bigint): string => (commaFor(key) ? formatComma(value) : formatPlain(value));

function priceDefWire(product: Product, listKey: string, b: PriceBreak, gross: boolean, opts: ProductListOptions, i: number) {
  const tax = TAX_CODES[b.tax];
  const price = num(`${product.mkId}:${listKey}:${i}`, b.price);
  return compact({
    amount_from: b.amountFrom === undefined ? undefined : formatPlain(b.amountFrom),
    amount_to: b.amountTo === undefined ? undefined : formatPlain(b.amountTo),
    discount: b.discount === undefined ? undefined : formatPlain(b.discount),
    tax: b.tax,
    tax_desc: opts.taxFactor ? tax?.desc : undefined,
    tax_factor: opts.taxFactor && tax ? formatPlain(tax.rate) : undefined,
    price: gross ? undefined : price,
    price_with_tax: gross ? price : undefined,
  });
}

function pricelistWire(store: SandboxStore, product: Product, opts: ProductListOptions) {
  return product.prices.map((pp) => {
    const list = store.pricelist(pp.pricelistCountCode, pp.salesPurchase);
    const key = `${pp.salesPurchase}:${pp.pricelistCountCode}`;
    const defs = pp.breaks.map((b, i) => priceDefWire(product, key, b, list?.priceType === 'gross', opts, i));
    return compact({
      count_code: pp.pricelistCountCode,
      title: list?.title,
      sales_purchase: pp.salesPurchase,
      currency_code: list?.currencyCode,
      pricelist_type: list?.priceType,
      price_def: collapse(defs), // an object on read when single (API.md §3.2)
    });
  });
}

function stockWire(store: SandboxStore, product: Product, opts: ProductListOptions) {
  const rows = store.stock.forProduct(product.mkId);
  const amount = sum(rows.map((r) => r.amount));
  const reserved = sum(store.warehouses.list().map((w) => store.stock.reserved(product.mkId, w.mkId)));
  return {
    amount: opts.stock ? num(`${product.mkId}:amount`, amount) : undefined,
    free_amount: opts.freeAmount ? formatPlain(amount - reserved) : undefined,
    amount_detail: opts.stock && rows.length > 0
      ? rows.map((r) => {
          const w = store.warehouses.get(r.warehouseMkId);
          return compact({ warehouse_mark: w?.mark, warehouse_name: w?.name, microlocation: r.microlocation, amount: formatPlain(r.amount) });
        })
      : undefined,
  };
}

export function productWire(store: SandboxStore, p: Product, opts: ProductListOptions): Record<string, unknown> {
  const stock = opts.stock || opts.freeAmount ? stockWire(store, p, opts) : {};
  const prices = opts.pricelist && p.prices.length > 0 ? collapse(pricelistWire(store, p, opts)) : undefined;
  return compact({
    count_code: p.countCode,
    mk_id: p.mkId,
    code: p.code,
    barcode: p.barcode,
    name: p.name,
    name_desc: p.nameDesc,
    unit: p.unit,
    service: wireBool(p.service),
    sales: wireBool(p.sales),
    activated: wireBool(p.activated),
    purchasing: wireBool(p.purchasing),
    work: wireBool(p.work),
    eshop_sync: wireBool(p.eshopSync),
    weight: p.weight === undefined ? undefined : num(`${p.mkId}:weight`, p.weight),
    ...stock,
    pricelist: prices,
    category_tree_list: opts.category && p.categories.length > 0 ? p.categories.map((path) => ({ category: path.join(' > ') })) : undefined,
    ...p.wireOverride,
  });
}
