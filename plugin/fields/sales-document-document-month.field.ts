// documentMonth on sales documents, kept by the sync for the native charts (issue 19).
import { defineField } from 'twenty-sdk/define';

import { onObject, textField } from 'plugin/fields/field-builders';
import { SALES_DOCUMENT_REPORTING_FIELDS as F } from 'plugin/constants/names';
import * as ID from 'plugin/constants/universal-identifiers';

export default defineField(
  onObject(
    ID.SALES_DOCUMENT_OBJECT_UNIVERSAL_IDENTIFIER,
    textField(
      {
        universalIdentifier: ID.SALES_DOCUMENT_DOCUMENT_MONTH_FIELD_UNIVERSAL_IDENTIFIER,
        name: F.documentMonth,
        label: 'Month',
      },
      {
        appOnly: true,
        notAudited: true,
        icon: 'IconCalendar',
        description: 'The document date as YYYY-MM, for grouping by month.',
      },
    ),
  ),
);
