/**
 * sync_stock (family C; API.md §2.4, §6 item 23; OFF/docs/warehouse_stock_sync.md): absolute stock per warehouse_id +
 * product_code/product_id; products of a named warehouse missing from the list lose their stock (stock_remove_list);
 * the answer echoes the rows it applied (stock_list). A row naming an unknown warehouse or product does not fail the
 * call: it is left out and reported in error_list, still with opr_code 0 (§2.2 "Response with errors"). An empty call
 * says "Sync successful" and changes nothing (RH "Finding F").
 */
import { MkFail } from '../store/mk-fail';
import type { SandboxStore } from '../store/store';
import { formatPlain, parseDecimal } from '../values/decimal';
import { filled, items, text, type Body } from '../values/body';
import { collapse, compact } from '../values/wire';
import type { MethodHandler } from './types';

interface SyncRow {
  warehouseId: string;
  productMkId: string;
  productCode: string;
  amount: bigint;
}
type RowError = { product_code?: string; product_id?: string; warehouse_id?: string; error: string };

function readRow(store: SandboxStore, r: Body): SyncRow | RowError {
  const warehouseId = filled(r, 'warehouse_id');
  const id = filled(r, 'product_id');
  const code = filled(r, 'product_code');
  const where = compact({
    product_code: code,
    product_id: code === undefined ? id : undefined,
    warehouse_id: warehouseId,
  });
  if (!warehouseId || !store.warehouses.get(warehouseId)) return { ...where, error: 'Warehouse not found' };
  const product = id !== undefined ? store.products.get(id) : store.products.byCode(code ?? '');
  if (!product) return { ...where, error: 'Product not found' };
  const amount = parseDecimal(text(r, 'amount'));
  // A malformed amount is a malformed request, not a per-row finding (UNCONFIRMED text).
  if (amount === null) throw new MkFail('2', 'Paramether amount must be valid number');
  return { warehouseId, productMkId: product.mkId, productCode: product.code, amount };
}

const wireRow = (productCode: string, productMkId: string, warehouseId: string, amount: bigint) => ({
  product_code: productCode,
  product_id: productMkId,
  warehouse_id: warehouseId,
  amount: formatPlain(amount),
});

export const syncStock: MethodHandler = ({ store, body }) => {
  const email = filled(body, 'api_user_email');
  // api_user_email is required; an unknown one is refused with opr_code 6 (API.md §1.2, RH "Finding F").
  if (!email || !store.settings.apiUserEmails.includes(email)) {
    throw new MkFail('6', `Cannot find email '${email ?? ''}' for paramether api_user_email`);
  }
  const read = items(body, 'stock_list').map((r) => readRow(store, r));
  const rows = read.filter((r): r is SyncRow => 'productMkId' in r);
  const errors = read.filter((r): r is RowError => 'error' in r);
  const touched = new Set(rows.map((r) => r.warehouseId));
  const removed: ReturnType<typeof wireRow>[] = [];
  for (const row of store.stock.rows) {
    if (!touched.has(row.warehouseMkId) || row.amount === 0n) continue;
    if (rows.some((r) => r.productMkId === row.productMkId && r.warehouseId === row.warehouseMkId)) continue;
    row.amount = 0n;
    removed.push(wireRow(store.products.get(row.productMkId)?.code ?? '', row.productMkId, row.warehouseMkId, 0n));
  }
  for (const r of rows) store.stock.setAmount(r.productMkId, r.warehouseId, r.amount);
  return {
    json: compact({
      opr_desc: 'Sync successful',
      stock_list:
        rows.length > 0 ? rows.map((r) => wireRow(r.productCode, r.productMkId, r.warehouseId, r.amount)) : undefined,
      // One removed row comes as an object (§2.1 "Response with removed stock"; API.md §6 item 4).
      stock_remove_list: removed.length > 0 ? collapse(removed) : undefined,
      error_list: errors.length > 0 ? errors : undefined,
    }),
  };
};
