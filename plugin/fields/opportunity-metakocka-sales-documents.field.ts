// metakockaSalesDocuments on opportunity: the list side of salesDocument.opportunity.
import { defineField, STANDARD_OBJECT } from 'twenty-sdk/define';

import * as ID from 'plugin/constants/universal-identifiers';
import { onObject } from 'plugin/fields/field-builders';
import { metakockaSalesDocuments } from 'plugin/fields/partner-fields';

export default defineField(
  onObject(
    STANDARD_OBJECT.opportunity.universalIdentifier,
    metakockaSalesDocuments(
      ID.OPPORTUNITY_METAKOCKA_SALES_DOCUMENTS_FIELD_UNIVERSAL_IDENTIFIER,
      ID.SALES_DOCUMENT_OPPORTUNITY_FIELD_UNIVERSAL_IDENTIFIER,
    ),
  ),
);
