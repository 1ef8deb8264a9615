// Warehouses as json/warehouse_list returns them; fields may be missing per record (API.md §2.4).
import { z } from 'zod';

import { mkBoolean, mkId, mkList, mkText, optional } from './fields';

export const mkWarehouseSchema = z.looseObject({
  mk_id: mkId,
  mark: optional(mkText),
  name: optional(mkText),
  street: optional(mkText),
  post: optional(mkText),
  place: optional(mkText),
  country: optional(mkText),
  main_warehouse: optional(mkBoolean),
  active: optional(mkBoolean),
  include_in_stock_info: optional(mkBoolean),
  warehouse_type: optional(mkText),
});
export type MkWarehouseWire = z.infer<typeof mkWarehouseSchema>;

export const mkWarehouseListSchema = z.looseObject({ warehouse_list: mkList(mkWarehouseSchema) });
