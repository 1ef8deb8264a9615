// metakockaSalesDocuments on person: the list side of salesDocument.person.
import { defineField, STANDARD_OBJECT } from 'twenty-sdk/define';

import * as ID from 'plugin/constants/universal-identifiers';
import { onObject } from 'plugin/fields/field-builders';
import { metakockaSalesDocuments } from 'plugin/fields/partner-fields';

export default defineField(
  onObject(
    STANDARD_OBJECT.person.universalIdentifier,
    metakockaSalesDocuments(
      ID.PERSON_METAKOCKA_SALES_DOCUMENTS_FIELD_UNIVERSAL_IDENTIFIER,
      ID.SALES_DOCUMENT_PERSON_FIELD_UNIVERSAL_IDENTIFIER,
    ),
  ),
);
