// isEshopWithoutStock on Metakocka products, kept by the sync for the native charts (issue 19).
import { defineField } from 'twenty-sdk/define';

import { booleanField, onObject } from 'plugin/fields/field-builders';
import { PRODUCT_REPORTING_FIELDS as F } from 'plugin/constants/names';
import * as ID from 'plugin/constants/universal-identifiers';

export default defineField(
  onObject(
    ID.PRODUCT_OBJECT_UNIVERSAL_IDENTIFIER,
    booleanField(
      {
        universalIdentifier: ID.PRODUCT_IS_ESHOP_WITHOUT_STOCK_FIELD_UNIVERSAL_IDENTIFIER,
        name: F.isEshopWithoutStock,
        label: 'E-shop, no stock',
      },
      {
        appOnly: true,
        notAudited: true,
        icon: 'IconShoppingCartOff',
        description: 'Sold in the e-shop with no stock left.',
      },
    ),
  ),
);
