// Products as json/product_list returns them, and the product_add / product_update answer (API.md §2.3, §3.2, §8.2).
import { z } from 'zod';

import { mkBoolean, mkDate, mkDecimal, mkId, mkItems, mkList, mkText, optional } from './fields';

export const mkPriceDefSchema = z.looseObject({
  amount_from: optional(mkDecimal),
  amount_to: optional(mkDecimal),
  price: optional(mkDecimal),
  price_with_tax: optional(mkDecimal),
  discount: optional(mkDecimal),
  tax: optional(mkText),
  tax_desc: optional(mkText),
  tax_factor: optional(mkDecimal),
  lowest_price_30_days: optional(mkDecimal),
});

export const mkPricelistSchema = z.looseObject({
  count_code: optional(mkText),
  title: optional(mkText),
  buyer: optional(mkText),
  valid_from: optional(mkDate),
  valid_to: optional(mkDate),
  sales_purchase: optional(mkText),
  currency_code: optional(mkText),
  pricelist_type: optional(mkText),
  // price_def is an object on read and an array on write (API.md §3.2).
  price_def: mkList(mkPriceDefSchema),
});

export const mkAmountDetailSchema = z.looseObject({
  warehouse_mark: optional(mkText),
  warehouse_name: optional(mkText),
  serial_number: optional(mkText),
  exp_date: optional(mkText),
  amount: optional(mkDecimal),
});

/** A node of return_category's tree; tree_node_list holds its children (OFF/docs/product_list.md §1.9). */
export interface MkCategoryNodeWire {
  tree_node_id?: string;
  tree_node_label?: string;
  tree_node_list: MkCategoryNodeWire[];
}
export const mkCategoryNodeSchema: z.ZodType<MkCategoryNodeWire> = z.lazy(() =>
  z.looseObject({
    tree_node_id: optional(mkId),
    tree_node_label: optional(mkText),
    tree_node_list: mkList(mkCategoryNodeSchema),
  }),
);

export const mkProductSchema = z.looseObject({
  mk_id: mkId,
  count_code: optional(mkText),
  code: optional(mkText),
  barcode: optional(mkText),
  name: mkText.default(''),
  name_desc: optional(mkText),
  unit: optional(mkText),
  unit2: optional(mkText),
  unit_factor: optional(mkDecimal),
  service: optional(mkBoolean),
  sales: optional(mkBoolean),
  purchasing: optional(mkBoolean),
  work: optional(mkBoolean),
  activated: optional(mkBoolean),
  eshop_sync: optional(mkBoolean),
  weight: optional(mkDecimal),
  gross_weight: optional(mkDecimal),
  amount: optional(mkDecimal),
  free_amount: optional(mkDecimal),
  min_stock: optional(mkDecimal),
  last_purchase_price: optional(mkDecimal),
  amount_detail: mkList(mkAmountDetailSchema),
  pricelist: mkList(mkPricelistSchema),
  category_tree_list: mkList(mkCategoryNodeSchema),
  localization: mkList(
    z.looseObject({ language: optional(mkText), name: optional(mkText), name_desc: optional(mkText) }),
  ),
});
export type MkProductWire = z.infer<typeof mkProductSchema>;
export type MkPriceListWire = z.infer<typeof mkPricelistSchema>;

/** The items are read one by one (products.ts), each with mkProductSchema. */
export const mkProductListSchema = z.looseObject({ product_list: mkItems });

export const mkWriteResultSchema = z.looseObject({ mk_id: mkId, count_code: optional(mkText) });
export type MkWriteResultWire = z.infer<typeof mkWriteResultSchema>;
