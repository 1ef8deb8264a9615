// "Receivables" dashboard (issue 19): overdue invoices (count and amount per currency), paid against unpaid by month,
// open amounts per currency. Overdue is the sync's flag, recomputed once per Ljubljana day (reports-cron).
import { AggregateOperations, definePageLayout } from 'twenty-sdk/define';

import * as ID from 'plugin/constants/universal-identifiers';
import { bars, countTrue, dashboard, moneyByCurrency } from 'plugin/page-layouts/dashboard-widgets';

const object = ID.SALES_DOCUMENT_OBJECT_UNIVERSAL_IDENTIFIER;

export default definePageLayout(
  dashboard(
    {
      layout: ID.RECEIVABLES_DASHBOARD_PAGE_LAYOUT_UNIVERSAL_IDENTIFIER,
      tab: ID.RECEIVABLES_DASHBOARD_PAGE_LAYOUT_TAB_UNIVERSAL_IDENTIFIER,
    },
    'Metakocka receivables',
    [
      countTrue(
        {
          universalIdentifier: ID.RECEIVABLES_OVERDUE_COUNT_PAGE_LAYOUT_WIDGET_UNIVERSAL_IDENTIFIER,
          title: 'Overdue invoices',
          object,
          cell: { row: 0, column: 0, columnSpan: 4, rowSpan: 4 },
        },
        ID.SALES_DOCUMENT_IS_OVERDUE_FIELD_UNIVERSAL_IDENTIFIER,
      ),
      moneyByCurrency(
        {
          universalIdentifier: ID.RECEIVABLES_OVERDUE_AMOUNT_PAGE_LAYOUT_WIDGET_UNIVERSAL_IDENTIFIER,
          title: 'Overdue amount',
          object,
          cell: { row: 0, column: 4, columnSpan: 4 },
        },
        ID.SALES_DOCUMENT_OVERDUE_AMOUNT_FIELD_UNIVERSAL_IDENTIFIER,
      ),
      moneyByCurrency(
        {
          universalIdentifier: ID.RECEIVABLES_OPEN_AMOUNT_PAGE_LAYOUT_WIDGET_UNIVERSAL_IDENTIFIER,
          title: 'Open amount',
          object,
          cell: { row: 0, column: 8, columnSpan: 4 },
        },
        ID.SALES_DOCUMENT_OPEN_AMOUNT_FIELD_UNIVERSAL_IDENTIFIER,
      ),
      bars(
        {
          universalIdentifier: ID.RECEIVABLES_PAID_UNPAID_PAGE_LAYOUT_WIDGET_UNIVERSAL_IDENTIFIER,
          title: 'Paid and unpaid invoices by month',
          object,
          cell: { row: 6, column: 0, columnSpan: 12 },
        },
        {
          operation: AggregateOperations.COUNT_NOT_EMPTY,
          aggregate: ID.SALES_DOCUMENT_PAYMENT_STATE_FIELD_UNIVERSAL_IDENTIFIER,
          primary: ID.SALES_DOCUMENT_DOCUMENT_DATE_FIELD_UNIVERSAL_IDENTIFIER,
          byMonth: true,
          secondary: ID.SALES_DOCUMENT_PAYMENT_STATE_FIELD_UNIVERSAL_IDENTIFIER,
        },
      ),
    ],
  ),
);
