// Warehouses and stock: json/warehouse_list, json/warehouse_stock (API.md §2.4), family A.
import type { MetakockaCaller } from './client';
import { parseAnswer } from './parse';
import { mkStockListSchema, type MkStockRowWire } from './schemas/stock.schema';
import { mkWarehouseListSchema, type MkWarehouseWire } from './schemas/warehouse.schema';

export interface StockPageRequest {
  warehouseIds?: string[];
  /** Product `code`s (SKUs), not count_codes (API.md §6, item 21). */
  productCodes?: string[];
  productMkIds?: string[];
  offset?: number;
  limit?: number;
}
export interface StockPage {
  rows: MkStockRowWire[];
  offset: number;
  nextOffset: number | null;
}

export interface WarehousesApi {
  warehouseList(): Promise<MkWarehouseWire[]>;
  warehouseStock(request?: StockPageRequest): Promise<StockPage>;
}

const commaList = (values: string[] | undefined) => (values?.length ? values.join(',') : undefined);

export function warehousesApi(caller: MetakockaCaller): WarehousesApi {
  return {
    async warehouseList() {
      return parseAnswer(mkWarehouseListSchema, 'warehouse_list', await caller.call('warehouse_list', {}))
        .warehouse_list;
    },
    async warehouseStock(request = {}) {
      const offset = request.offset ?? 0;
      const limit = request.limit ?? 1000;
      const json = await caller.call('warehouse_stock', {
        wh_id_list: commaList(request.warehouseIds),
        product_code_list: commaList(request.productCodes),
        product_mk_id_list: commaList(request.productMkIds),
        offset: String(offset),
        limit: String(limit),
      });
      const all = parseAnswer(mkStockListSchema, 'warehouse_stock', json).stock_list;
      // One integrator saw rows of other warehouses despite wh_id_list (API.md §2.4), so filter here as well.
      const rows = request.warehouseIds?.length
        ? all.filter((row) => request.warehouseIds!.includes(row.warehouse_id))
        : all;
      return { rows, offset, nextOffset: all.length < limit ? null : offset + all.length };
    },
  };
}
