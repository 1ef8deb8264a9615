// "Sales" dashboard (issue 19): revenue per month and by document type, per currency; top customers; open offers;
// orders per month. Revenue is the sync's revenueAmount (net, credit notes negative), so a SUM is revenue.
import { AggregateOperations, definePageLayout } from 'twenty-sdk/define';

import * as ID from 'plugin/constants/universal-identifiers';
import { bars, countTrue, dashboard, moneyByCurrency } from 'plugin/page-layouts/dashboard-widgets';

const object = ID.SALES_DOCUMENT_OBJECT_UNIVERSAL_IDENTIFIER;
const revenue = ID.SALES_DOCUMENT_REVENUE_AMOUNT_FIELD_UNIVERSAL_IDENTIFIER;

export default definePageLayout(
  dashboard(
    {
      layout: ID.SALES_DASHBOARD_PAGE_LAYOUT_UNIVERSAL_IDENTIFIER,
      tab: ID.SALES_DASHBOARD_PAGE_LAYOUT_TAB_UNIVERSAL_IDENTIFIER,
    },
    'Metakocka sales',
    [
      bars(
        {
          universalIdentifier: ID.SALES_REVENUE_BY_MONTH_PAGE_LAYOUT_WIDGET_UNIVERSAL_IDENTIFIER,
          title: 'Revenue by month',
          object,
          cell: { row: 0, column: 0, columnSpan: 12 },
        },
        {
          operation: AggregateOperations.SUM,
          aggregate: revenue,
          primary: ID.SALES_DOCUMENT_DOCUMENT_DATE_FIELD_UNIVERSAL_IDENTIFIER,
          byMonth: true,
          secondary: revenue,
          secondarySubField: 'currencyCode',
        },
      ),
      bars(
        {
          universalIdentifier: ID.SALES_REVENUE_BY_TYPE_PAGE_LAYOUT_WIDGET_UNIVERSAL_IDENTIFIER,
          title: 'Revenue by document type',
          object,
          cell: { row: 6, column: 0 },
        },
        {
          operation: AggregateOperations.SUM,
          aggregate: revenue,
          primary: ID.SALES_DOCUMENT_DOCUMENT_TYPE_FIELD_UNIVERSAL_IDENTIFIER,
          secondary: revenue,
          secondarySubField: 'currencyCode',
        },
      ),
      bars(
        {
          universalIdentifier: ID.SALES_TOP_CUSTOMERS_PAGE_LAYOUT_WIDGET_UNIVERSAL_IDENTIFIER,
          title: 'Top customers',
          object,
          cell: { row: 6, column: 6 },
        },
        {
          operation: AggregateOperations.SUM,
          aggregate: revenue,
          primary: ID.SALES_DOCUMENT_COMPANY_FIELD_UNIVERSAL_IDENTIFIER,
          primarySubField: 'name',
          secondary: revenue,
          secondarySubField: 'currencyCode',
          horizontal: true,
          orderByValue: true,
        },
      ),
      countTrue(
        {
          universalIdentifier: ID.SALES_OPEN_OFFERS_PAGE_LAYOUT_WIDGET_UNIVERSAL_IDENTIFIER,
          title: 'Open offers',
          object,
          cell: { row: 12, column: 0, columnSpan: 3, rowSpan: 4 },
        },
        ID.SALES_DOCUMENT_IS_OPEN_OFFER_FIELD_UNIVERSAL_IDENTIFIER,
      ),
      moneyByCurrency(
        {
          universalIdentifier: ID.SALES_OPEN_OFFER_VALUE_PAGE_LAYOUT_WIDGET_UNIVERSAL_IDENTIFIER,
          title: 'Open offer value',
          object,
          cell: { row: 12, column: 3, columnSpan: 3 },
        },
        ID.SALES_DOCUMENT_OPEN_OFFER_AMOUNT_FIELD_UNIVERSAL_IDENTIFIER,
      ),
      bars(
        {
          universalIdentifier: ID.SALES_ORDERS_PER_MONTH_PAGE_LAYOUT_WIDGET_UNIVERSAL_IDENTIFIER,
          title: 'Orders per month',
          object,
          cell: { row: 12, column: 6 },
        },
        {
          operation: AggregateOperations.COUNT_TRUE,
          aggregate: ID.SALES_DOCUMENT_IS_ORDER_FIELD_UNIVERSAL_IDENTIFIER,
          primary: ID.SALES_DOCUMENT_DOCUMENT_DATE_FIELD_UNIVERSAL_IDENTIFIER,
          byMonth: true,
          line: true,
        },
      ),
    ],
  ),
);
