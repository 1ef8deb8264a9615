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

const plain = (value: number | string | null) => toPlainString(parseDecimal(String(value ?? 0)));

/** Writes the warehouses whose figures changed (a run without stock changes writes nothing). */
export async function writeWarehouses(warehouses: WarehousesRepo, tally: WarehouseTally, at: Date): Promise<void> {
  const lastSyncedAt = at.toISOString();
  const known = new Map((await warehouses.page(null, WAREHOUSE_PAGE)).records.map((w) => [w.mark, w]));
  const counted = Object.entries(tally).map(([mark, t]) => ({
    mark,
    name: t.name,
    units: t.units,
    inStock: t.inStock,
  }));
  for (const [mark, w] of known) if (!(mark in tally)) counted.push({ mark, name: w.name, units: '0', inStock: 0 }); // emptied, never deleted
  const writes: WarehouseDraft[] = counted
    .filter(({ mark, name, units, inStock }) => {
      const was = known.get(mark);
      return !was || was.name !== name || plain(was.stockUnits) !== units || (was.productsInStock ?? 0) !== inStock;
    })
    .map(({ mark, name, units, inStock }) => ({
      id: known.get(mark)?.id ?? uuidFromKey(`metakockaWarehouse:${mark}`),
      mark,
      name,
      stockUnits: units,
      productsInStock: inStock,
      lastSyncedAt,
    }));
  if (writes.length > 0) await warehouses.upsertMany(writes);
}
