// revenueAmount on sales documents, kept by the sync for the native charts (issue 19).
import { defineField } from 'twenty-sdk/define';

import { currencyField, onObject } from 'plugin/fields/field-builders';
import { SALES_DOCUMENT_REPORTING_FIELDS as F } from 'plugin/constants/names';
import * as ID from 'plugin/constants/universal-identifiers';

export default defineField(
  onObject(
    ID.SALES_DOCUMENT_OBJECT_UNIVERSAL_IDENTIFIER,
    currencyField(
      {
        universalIdentifier: ID.SALES_DOCUMENT_REVENUE_AMOUNT_FIELD_UNIVERSAL_IDENTIFIER,
        name: F.revenueAmount,
        label: 'Revenue (net)',
      },
      {
        appOnly: true,
        notAudited: true,
        icon: 'IconCoins',
        description:
          'Net total of an invoice, negative for a credit note, empty for offers, orders and prepayment invoices: a SUM is revenue.',
      },
    ),
  ),
);
