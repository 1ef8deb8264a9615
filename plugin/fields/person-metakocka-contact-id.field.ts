// metakockaContactId on person: the binding of a business partner's contact person (unique).
import { defineField, STANDARD_OBJECT } from 'twenty-sdk/define';

import * as ID from 'plugin/constants/universal-identifiers';
import { onObject } from 'plugin/fields/field-builders';
import { metakockaContactId } from 'plugin/fields/partner-fields';

export default defineField(
  onObject(
    STANDARD_OBJECT.person.universalIdentifier,
    metakockaContactId(ID.PERSON_METAKOCKA_CONTACT_ID_FIELD_UNIVERSAL_IDENTIFIER),
  ),
);
