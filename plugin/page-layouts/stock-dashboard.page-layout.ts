// "Stock" dashboard (issue 19): products below their Metakocka minimum, e-shop products without stock, stock by
// category, and stock by warehouse from the metakockaWarehouse records the products sync keeps for it.
import { AggregateOperations, definePageLayout } from 'twenty-sdk/define';

import * as ID from 'plugin/constants/universal-identifiers';
import { bars, countTrue, dashboard } from 'plugin/page-layouts/dashboard-widgets';

const object = ID.PRODUCT_OBJECT_UNIVERSAL_IDENTIFIER;

export default definePageLayout(
  dashboard(
    {
      layout: ID.STOCK_DASHBOARD_PAGE_LAYOUT_UNIVERSAL_IDENTIFIER,
      tab: ID.STOCK_DASHBOARD_PAGE_LAYOUT_TAB_UNIVERSAL_IDENTIFIER,
    },
    'Metakocka stock',
    [
      countTrue(
        {
          universalIdentifier: ID.STOCK_BELOW_MINIMUM_PAGE_LAYOUT_WIDGET_UNIVERSAL_IDENTIFIER,
          title: 'Products below minimum',
          object,
          cell: { row: 0, column: 0, rowSpan: 4 },
        },
        ID.PRODUCT_IS_BELOW_MINIMUM_FIELD_UNIVERSAL_IDENTIFIER,
      ),
      countTrue(
        {
          universalIdentifier: ID.STOCK_ESHOP_WITHOUT_STOCK_PAGE_LAYOUT_WIDGET_UNIVERSAL_IDENTIFIER,
          title: 'E-shop products without stock',
          object,
          cell: { row: 0, column: 6, rowSpan: 4 },
        },
        ID.PRODUCT_IS_ESHOP_WITHOUT_STOCK_FIELD_UNIVERSAL_IDENTIFIER,
      ),
      bars(
        {
          universalIdentifier: ID.STOCK_BY_CATEGORY_PAGE_LAYOUT_WIDGET_UNIVERSAL_IDENTIFIER,
          title: 'Stock by category',
          object,
          cell: { row: 4, column: 0, columnSpan: 12 },
        },
        {
          operation: AggregateOperations.SUM,
          aggregate: ID.PRODUCT_STOCK_TOTAL_FIELD_UNIVERSAL_IDENTIFIER,
          primary: ID.PRODUCT_CATEGORY_FIELD_UNIVERSAL_IDENTIFIER,
          orderByValue: true,
        },
      ),
      bars(
        {
          universalIdentifier: ID.STOCK_BY_WAREHOUSE_PAGE_LAYOUT_WIDGET_UNIVERSAL_IDENTIFIER,
          title: 'Stock by warehouse',
          object: ID.WAREHOUSE_OBJECT_UNIVERSAL_IDENTIFIER,
          cell: { row: 10, column: 0 },
        },
        {
          operation: AggregateOperations.SUM,
          aggregate: ID.WAREHOUSE_STOCK_UNITS_FIELD_UNIVERSAL_IDENTIFIER,
          primary: ID.WAREHOUSE_NAME_FIELD_UNIVERSAL_IDENTIFIER,
          orderByValue: true,
        },
      ),
      bars(
        {
          universalIdentifier: ID.PRODUCTS_IN_STOCK_BY_WAREHOUSE_PAGE_LAYOUT_WIDGET_UNIVERSAL_IDENTIFIER,
          title: 'Products in stock by warehouse',
          object: ID.WAREHOUSE_OBJECT_UNIVERSAL_IDENTIFIER,
          cell: { row: 10, column: 6 },
        },
        {
          operation: AggregateOperations.SUM,
          aggregate: ID.WAREHOUSE_PRODUCTS_IN_STOCK_FIELD_UNIVERSAL_IDENTIFIER,
          primary: ID.WAREHOUSE_NAME_FIELD_UNIVERSAL_IDENTIFIER,
          orderByValue: true,
        },
      ),
    ],
  ),
);
