// metakockaLastSyncedAt on person: when the sync last wrote the record (not audit-logged).
import { defineField, STANDARD_OBJECT } from 'twenty-sdk/define';

import * as ID from 'plugin/constants/universal-identifiers';
import { onObject } from 'plugin/fields/field-builders';
import { metakockaLastSyncedAt } from 'plugin/fields/partner-fields';

export default defineField(
  onObject(
    STANDARD_OBJECT.person.universalIdentifier,
    metakockaLastSyncedAt(ID.PERSON_METAKOCKA_LAST_SYNCED_AT_FIELD_UNIVERSAL_IDENTIFIER),
  ),
);
