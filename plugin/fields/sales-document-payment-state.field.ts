// paymentState on sales documents, kept by the sync for the native charts (issue 19).
import { defineField } from 'twenty-sdk/define';

import { onObject, selectField } from 'plugin/fields/field-builders';
import { SALES_DOCUMENT_REPORTING_FIELDS as F } from 'plugin/constants/names';
import { PAYMENT_STATE_SPEC } from 'plugin/constants/select-options';
import * as ID from 'plugin/constants/universal-identifiers';

export default defineField(
  onObject(
    ID.SALES_DOCUMENT_OBJECT_UNIVERSAL_IDENTIFIER,
    selectField(
      {
        universalIdentifier: ID.SALES_DOCUMENT_PAYMENT_STATE_FIELD_UNIVERSAL_IDENTIFIER,
        name: F.paymentState,
        label: 'Payment',
      },
      PAYMENT_STATE_SPEC,
      {
        appOnly: true,
        notAudited: true,
        icon: 'IconCash',
        description: 'Paid, partly paid or unpaid, on invoices.',
      },
    ),
  ),
);
