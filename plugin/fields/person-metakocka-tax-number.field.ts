// metakockaTaxNumber on person: the partner's tax number, also used to match unbound records.
import { defineField, STANDARD_OBJECT } from 'twenty-sdk/define';

import * as ID from 'plugin/constants/universal-identifiers';
import { onObject } from 'plugin/fields/field-builders';
import { metakockaTaxNumber } from 'plugin/fields/partner-fields';

export default defineField(
  onObject(
    STANDARD_OBJECT.person.universalIdentifier,
    metakockaTaxNumber(ID.PERSON_METAKOCKA_TAX_NUMBER_FIELD_UNIVERSAL_IDENTIFIER),
  ),
);
