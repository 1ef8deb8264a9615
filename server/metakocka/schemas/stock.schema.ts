// json/warehouse_stock rows: one product can have several rows per warehouse, amounts can be negative and
// use a decimal comma ("863,75") (API.md §2.4, §1.5).
import { z } from 'zod';

import { mkDecimal, mkId, mkList, mkText, optional } from './fields';

export const mkStockRowSchema = z.looseObject({
  warehouse_id: mkId,
  mk_id: mkId,
  count_code: optional(mkText),
  code: optional(mkText),
  title: optional(mkText),
  amount: mkDecimal,
  reserved_amount: optional(mkDecimal),
  free_amount: optional(mkDecimal),
  microlocation: optional(mkText),
  unit: optional(mkText),
  unit2: optional(mkText),
  unit_factor: optional(mkDecimal),
});
export type MkStockRowWire = z.infer<typeof mkStockRowSchema>;

export const mkStockListSchema = z.looseObject({ stock_list: mkList(mkStockRowSchema) });
