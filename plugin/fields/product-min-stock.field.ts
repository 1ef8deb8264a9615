// minStock on Metakocka products, kept by the sync for the native charts (issue 19).
import { defineField } from 'twenty-sdk/define';

import { decimalField, onObject } from 'plugin/fields/field-builders';
import { PRODUCT_REPORTING_FIELDS as F } from 'plugin/constants/names';
import * as ID from 'plugin/constants/universal-identifiers';

export default defineField(
  onObject(
    ID.PRODUCT_OBJECT_UNIVERSAL_IDENTIFIER,
    decimalField(
      {
        universalIdentifier: ID.PRODUCT_MIN_STOCK_FIELD_UNIVERSAL_IDENTIFIER,
        name: F.minStock,
        label: 'Minimum stock',
      },
      {
        appOnly: true,
        notAudited: true,
        icon: 'IconStack',
        description: 'Metakocka’s min_stock (API.md §3.2).',
      },
    ),
  ),
);
