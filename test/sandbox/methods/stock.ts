/** json/warehouse_list and json/warehouse_stock (family A; API.md §2.4, §8.2). */
import type { StockRow } from '../store/types';
import { formatPlain } from '../values/decimal';
import { filled, flag, text } from '../values/body';
import { compact, wireBool } from '../values/wire';
import { commaFor } from '../wire/product-wire';
import { formatComma } from '../values/decimal';
import { pageBounds } from './products';
import type { MethodHandler } from './types';

/** Default and cap 1000 (API.md §4; the maximum is UNCONFIRMED, the sandbox caps at the default). */
const STOCK_PAGE_MAX = 1000;
const csv = (v: string | undefined): string[] | undefined =>
  v === undefined
    ? undefined
    : v
        .split(',')
        .map((s) => s.trim())
        .filter(Boolean);

export const warehouseList: MethodHandler = ({ store, body }) => {
  const { limit, offset } = pageBounds(body, STOCK_PAGE_MAX);
  const page = store.warehouses.list().slice(offset, offset + limit);
  return {
    json: {
      // The head echoes the paging, as the docs and recharge-hub's recorded answer show (OFF/docs/warehouse_list.md §1.1).
      offset: String(offset),
      limit: String(limit),
      warehouse_list_count: String(page.length),
      warehouse_list: page.map((w) =>
        compact({
          mk_id: w.mkId,
          mark: w.mark,
          name: w.name,
          street: w.street,
          post: w.post,
          place: w.place,
          country: w.country,
          main_warehouse: wireBool(w.main),
          active: wireBool(w.active),
        }),
      ),
    },
  };
};

export const warehouseStock: MethodHandler = ({ store, body }) => {
  const { limit, offset } = pageBounds(body, STOCK_PAGE_MAX);
  const whIds = store.settings.stockWarehouseFilter === 'honoured' ? csv(filled(body, 'wh_id_list')) : undefined;
  // product_code_list matches code (SKU), not count_code (API.md §6 item 21).
  const codes = csv(filled(body, 'product_code_list'));
  const mkIds = csv(filled(body, 'product_mk_id_list'));
  const eshop = flag(body, 'eshop_sync');
  const productIds =
    codes || mkIds
      ? new Set(
          [...(codes ?? []).map((c) => store.products.byCode(c)?.mkId), ...(mkIds ?? [])].filter(
            (x): x is string => !!x,
          ),
        )
      : undefined;
  const accept = (r: StockRow): boolean =>
    (!whIds || whIds.includes(r.warehouseMkId)) &&
    (!productIds || productIds.has(r.productMkId)) &&
    (eshop === undefined || store.products.get(r.productMkId)?.eshopSync === eshop);
  const page: StockRow[] = [];
  let skipped = 0;
  for (const r of store.stock.rows) {
    if (page.length >= limit) break;
    if (!accept(r) || skipped++ < offset) continue;
    page.push(r);
  }
  const head: Record<string, unknown> = { offset: String(offset), limit: String(limit) };
  const wh = text(body, 'wh_id_list');
  if (wh !== undefined) head.wh_id_list = wh; // echoed (API.md §1.3)
  return {
    json: { ...head, stock_list_count: String(page.length), stock_list: page.map((r) => stockRowWire(store, r)) },
  };
};

function stockRowWire(store: Parameters<MethodHandler>[0]['store'], r: StockRow) {
  const p = store.products.get(r.productMkId);
  // The reservation of a product in a warehouse shows on its first row (API.md §8.2).
  const reserved = store.stock.isFirstRow(r) ? store.stock.reserved(r.productMkId, r.warehouseMkId) : 0n;
  const key = `${r.productMkId}:${r.warehouseMkId}:${r.microlocation ?? ''}`;
  return compact({
    warehouse_id: r.warehouseMkId,
    mk_id: r.productMkId,
    count_code: p?.countCode,
    code: p?.code,
    title: p?.name,
    // Amounts sometimes carry a decimal comma ("863,75", API.md §1.5); reserved/free default on (§6 item 21).
    amount: commaFor(key) ? formatComma(r.amount) : formatPlain(r.amount),
    reserved_amount: formatPlain(reserved),
    free_amount: formatPlain(r.amount - reserved),
    microlocation: r.microlocation,
    unit: p?.unit,
  });
}
