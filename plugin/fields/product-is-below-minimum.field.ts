// isBelowMinimum on Metakocka products, kept by the sync for the native charts (issue 19).
import { defineField } from 'twenty-sdk/define';

import { booleanField, onObject } from 'plugin/fields/field-builders';
import { PRODUCT_REPORTING_FIELDS as F } from 'plugin/constants/names';
import * as ID from 'plugin/constants/universal-identifiers';

export default defineField(
  onObject(
    ID.PRODUCT_OBJECT_UNIVERSAL_IDENTIFIER,
    booleanField(
      {
        universalIdentifier: ID.PRODUCT_IS_BELOW_MINIMUM_FIELD_UNIVERSAL_IDENTIFIER,
        name: F.isBelowMinimum,
        label: 'Below minimum',
      },
      {
        appOnly: true,
        notAudited: true,
        icon: 'IconAlertTriangle',
        description: 'Stock under the minimum stock set in Metakocka.',
      },
    ),
  ),
);
