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

function priceDefWire(
  product: Product,
  listKey: string,
  b: PriceBreak,
  gross: boolean,
  opts: ProductListOptions,
  i: number,
) {
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

/**
 * One pricelist row per quantity tier, each with its own object price_def: OFF/docs/product_list.md §1.2 shows
 * PC_200_PC twice (2 EUR up to 10, 3 EUR from 10), never an array of tiers inside one row.
 */
function pricelistWire(store: SandboxStore, product: Product, opts: ProductListOptions) {
  return product.prices.flatMap((pp) => {
    const list = store.pricelist(pp.pricelistCountCode, pp.salesPurchase);
    const key = `${pp.salesPurchase}:${pp.pricelistCountCode}`;
    return pp.breaks.map((b, i) =>
      compact({
        count_code: pp.pricelistCountCode,
        price_def: priceDefWire(product, key, b, list?.priceType === 'gross', opts, i),
        title: list?.title,
        sales_purchase: pp.salesPurchase,
        currency_code: list?.currencyCode,
        pricelist_type: list?.priceType,
      }),
    );
  });
}

interface CategoryNode {
  label: string;
  key: string;
  children: CategoryNode[];
}

/**
 * Category paths as the tree return_category answers (OFF/docs/product_list.md §1.9): nodes of tree_node_container,
 * tree_node_id, tree_node_label, tree_node_list and tree_node_visible; paths that share a prefix share its nodes.
 * Node ids are derived from the path, so a category keeps its id across calls (UNCONFIRMED how Metakocka numbers them).
 */
function categoryTreeWire(paths: string[][]) {
  const roots: CategoryNode[] = [];
  for (const path of paths) {
    let level = roots;
    path.forEach((label, depth) => {
      const key = path.slice(0, depth + 1).join('\u0000');
      let node = level.find((n) => n.label === label);
      if (!node) {
        node = { label, key, children: [] };
        level.push(node);
      }
      level = node.children;
    });
  }
  const wire = (n: CategoryNode): Record<string, unknown> =>
    compact({
      tree_node_container: 'true',
      tree_node_id: String(1600280000 + (hash32(`category:${n.key}`) % 100000)),
      tree_node_label: n.label,
      tree_node_list: n.children.length > 0 ? n.children.map(wire) : undefined,
      tree_node_visible: 'true',
    });
  return roots.map(wire);
}

function stockWire(store: SandboxStore, product: Product, opts: ProductListOptions) {
  const rows = store.stock.forProduct(product.mkId);
  const amount = sum(rows.map((r) => r.amount));
  const reserved = sum(store.warehouses.list().map((w) => store.stock.reserved(product.mkId, w.mkId)));
  return {
    amount: opts.stock ? num(`${product.mkId}:amount`, amount) : undefined,
    free_amount: opts.freeAmount ? formatPlain(amount - reserved) : undefined,
    amount_detail:
      opts.stock && rows.length > 0
        ? rows.map((r) => {
            const w = store.warehouses.get(r.warehouseMkId);
            return compact({
              warehouse_mark: w?.mark,
              warehouse_name: w?.name,
              microlocation: r.microlocation,
              amount: formatPlain(r.amount),
            });
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
    min_stock: p.minStock === undefined ? undefined : num(`${p.mkId}:min_stock`, p.minStock),
    ...stock,
    pricelist: prices,
    category_tree_list: opts.category && p.categories.length > 0 ? categoryTreeWire(p.categories) : undefined,
    ...p.wireOverride,
  });
}
