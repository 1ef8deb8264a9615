// Stock by warehouse (issue 19): every scan page adds its products' warehouse rows to a tally the cursor carries, and
// the page that completes the scan writes one metakockaWarehouse record per warehouse, so a chart can group stock by
// warehouse. A warehouse no longer holding anything is set to zero, never deleted.
import type { WarehouseDraft } from 'server/crm';
import type { WarehousesRepo } from 'server/crm/warehouses';
import { add, parseDecimal, toPlainString } from 'server/money/decimal';
import { uuidFromKey } from '../hashing';
import type { MetakockaStockRow } from '../mk-port';

export type WarehouseTally = Record<string, { name: string; units: string; inStock: number }>;

/** Adds products' warehouse rows (each product's own rows: a product counts once per warehouse it has stock in). */
export function tallyStock(tally: WarehouseTally, rows: MetakockaStockRow[]): WarehouseTally {
  const out = { ...tally };
  for (const row of rows) {
    const amount = parseDecimal(row.amount);
    const was = out[row.warehouse] ?? { name: row.warehouseName || row.warehouse, units: '0', inStock: 0 };
    out[row.warehouse] = {
      name: was.name,
      units: toPlainString(add(parseDecimal(was.units), amount)),
      inStock: was.inStock + (amount.units > 0n ? 1 : 0),
    };
  }
  return out;
}

/** Upper bound of warehouses read back in one call; a company has a handful (API.md §2.4 warehouse_list). */
const WAREHOUSE_PAGE = 200;

export async function writeWarehouses(warehouses: WarehousesRepo, tally: WarehouseTally, at: Date): Promise<void> {
  const lastSyncedAt = at.toISOString();
  const counted: WarehouseDraft[] = Object.entries(tally).map(([mark, t]) => ({
    id: uuidFromKey(`metakockaWarehouse:${mark}`),
    mark,
    name: t.name,
    stockUnits: t.units,
    productsInStock: t.inStock,
    lastSyncedAt,
  }));
  const known = (await warehouses.page(null, WAREHOUSE_PAGE)).records;
  const emptied: WarehouseDraft[] = known
    .filter((w) => !(w.mark in tally))
    .map((w) => ({ id: w.id, mark: w.mark, stockUnits: '0', productsInStock: 0, lastSyncedAt }));
  await warehouses.upsertMany([...counted, ...emptied]);
}
