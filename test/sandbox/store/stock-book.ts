/** Stock rows and reservations (API.md §2.4). */
import type { Dec } from '../values/decimal';
import type { StockRow } from './types';

export class StockBook {
  private readonly allRows: StockRow[] = [];
  /** Builds every lazily seeded product (and so its stock rows) before a full scan. */
  beforeScan: () => void = () => {};
  /** All stock rows, in a stable order. */
  get rows(): StockRow[] {
    this.beforeScan();
    return this.allRows;
  }
  private readonly reservedBy = new Map<string, Dec>();
  private readonly rowsByProduct = new Map<string, StockRow[]>();
  add(row: StockRow): StockRow {
    this.allRows.push(row);
    const list = this.rowsByProduct.get(row.productMkId) ?? [];
    list.push(row);
    this.rowsByProduct.set(row.productMkId, list);
    return row;
  }
  forProduct(productMkId: string): StockRow[] {
    return this.rowsByProduct.get(productMkId) ?? [];
  }
  /** Reserved amount of a product in a warehouse; shown on the first row of that pair (API.md §8.2). */
  reserved(productMkId: string, warehouseMkId: string): Dec {
    return this.reservedBy.get(`${productMkId}|${warehouseMkId}`) ?? 0n;
  }
  isFirstRow(row: StockRow): boolean {
    return this.forProduct(row.productMkId).find((r) => r.warehouseMkId === row.warehouseMkId) === row;
  }
  /** A sales order raises reserved_amount, never amount (API.md §2.4, §9). */
  reserve(productMkId: string, warehouseMkId: string, amount: Dec): void {
    const key = `${productMkId}|${warehouseMkId}`;
    this.reservedBy.set(key, (this.reservedBy.get(key) ?? 0n) + amount);
    if (!this.forProduct(productMkId).some((r) => r.warehouseMkId === warehouseMkId)) {
      this.add({ productMkId, warehouseMkId, amount: 0n });
    }
  }
  /** Sets the stock of a product in a warehouse (first row), as an inventory or a test would. */
  setAmount(productMkId: string, warehouseMkId: string, amount: Dec): void {
    const row = this.forProduct(productMkId).find((r) => r.warehouseMkId === warehouseMkId);
    if (row) row.amount = amount;
    else this.add({ productMkId, warehouseMkId, amount });
  }
}
