// isOpenOffer on sales documents, kept by the sync for the native charts (issue 19).
import { defineField } from 'twenty-sdk/define';

import { booleanField, onObject } from 'plugin/fields/field-builders';
import { SALES_DOCUMENT_REPORTING_FIELDS as F } from 'plugin/constants/names';
import * as ID from 'plugin/constants/universal-identifiers';

export default defineField(
  onObject(
    ID.SALES_DOCUMENT_OBJECT_UNIVERSAL_IDENTIFIER,
    booleanField(
      {
        universalIdentifier: ID.SALES_DOCUMENT_IS_OPEN_OFFER_FIELD_UNIVERSAL_IDENTIFIER,
        name: F.isOpenOffer,
        label: 'Open offer',
      },
      {
        appOnly: true,
        notAudited: true,
        icon: 'IconFileDescription',
        description: 'An offer neither accepted, rejected nor made into an order.',
      },
    ),
  ),
);
