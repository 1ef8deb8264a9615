// overdueAmount on sales documents, kept by the sync and the daily overdue refresh for the native charts (issue 19).
import { defineField } from 'twenty-sdk/define';

import { currencyField, onObject } from 'plugin/fields/field-builders';
import { SALES_DOCUMENT_REPORTING_FIELDS as F } from 'plugin/constants/names';
import * as ID from 'plugin/constants/universal-identifiers';

export default defineField(
  onObject(
    ID.SALES_DOCUMENT_OBJECT_UNIVERSAL_IDENTIFIER,
    currencyField(
      {
        universalIdentifier: ID.SALES_DOCUMENT_OVERDUE_AMOUNT_FIELD_UNIVERSAL_IDENTIFIER,
        name: F.overdueAmount,
        label: 'Overdue amount',
      },
      {
        appOnly: true,
        notAudited: true,
        icon: 'IconAlarm',
        description: 'The open amount of an invoice past its due date (Europe/Ljubljana), recomputed daily.',
      },
    ),
  ),
);
