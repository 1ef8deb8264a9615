// metakockaPartnerId on person: the binding and upsert key of partners (unique; API.md §2.2).
import { defineField, STANDARD_OBJECT } from 'twenty-sdk/define';

import * as ID from 'plugin/constants/universal-identifiers';
import { onObject } from 'plugin/fields/field-builders';
import { metakockaPartnerId } from 'plugin/fields/partner-fields';

export default defineField(
  onObject(
    STANDARD_OBJECT.person.universalIdentifier,
    metakockaPartnerId(ID.PERSON_METAKOCKA_PARTNER_ID_FIELD_UNIVERSAL_IDENTIFIER),
  ),
);
