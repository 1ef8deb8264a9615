// metakockaLink on person: a link to the partner in Metakocka.
import { defineField, STANDARD_OBJECT } from 'twenty-sdk/define';

import * as ID from 'plugin/constants/universal-identifiers';
import { onObject } from 'plugin/fields/field-builders';
import { metakockaLink } from 'plugin/fields/partner-fields';

export default defineField(
  onObject(
    STANDARD_OBJECT.person.universalIdentifier,
    metakockaLink(ID.PERSON_METAKOCKA_LINK_FIELD_UNIVERSAL_IDENTIFIER),
  ),
);
