/**
 * sync_stock (family C; API.md §2.4, §6 item 23): absolute stock per warehouse_id + product_code/product_id; products of
 * a named warehouse missing from the list lose their stock; an empty call says "Sync successful" and changes nothing.
 * The request list name `stock_list` is UNCONFIRMED (OFF/docs/warehouse_stock_sync.md was not available in detail).
 */
import { MkFail } from '../store/mk-fail';
import { parseDecimal } from '../values/decimal';
import { filled, items, text } from '../values/body';
import type { MethodHandler } from './types';

export const syncStock: MethodHandler = ({ store, body }) => {
  const email = filled(body, 'api_user_email');
  // api_user_email is required; an unknown one is refused with opr_code 6 (API.md §1.2, RH "Finding F").
  if (!email || !store.settings.apiUserEmails.includes(email)) {
    throw new MkFail('6', `Cannot find email '${email ?? ''}' for paramether api_user_email`);
  }
  const rows = items(body, 'stock_list').map((r) => {
    const warehouseId = filled(r, 'warehouse_id');
    const product = filled(r, 'product_id') !== undefined ? store.products.get(filled(r, 'product_id')!) : store.products.byCode(filled(r, 'product_code') ?? '');
    const amount = parseDecimal(text(r, 'amount'));
    if (!warehouseId || !store.warehouses.get(warehouseId)) throw new MkFail('2', `Paramether warehouse_id has invalid value : ${warehouseId ?? ''}`);
    if (!product) throw new MkFail('6', `Cannot find product with code = ${filled(r, 'product_code') ?? filled(r, 'product_id') ?? ''}`);
    if (amount === null) throw new MkFail('2', 'Paramether amount must be valid number');
    return { warehouseId, productMkId: product.mkId, amount };
  });
  const touched = new Set(rows.map((r) => r.warehouseId));
  for (const row of store.stock.rows) {
    if (touched.has(row.warehouseMkId) && !rows.some((r) => r.productMkId === row.productMkId && r.warehouseId === row.warehouseMkId)) row.amount = 0n;
  }
  for (const r of rows) store.stock.setAmount(r.productMkId, r.warehouseId, r.amount);
  return { json: { opr_desc: 'Sync successful' } };
};
