// metakockaSyncHash on company: hash of what the sync last wrote (not audit-logged).
import { defineField, STANDARD_OBJECT } from 'twenty-sdk/define';

import * as ID from 'plugin/constants/universal-identifiers';
import { onObject } from 'plugin/fields/field-builders';
import { metakockaSyncHash } from 'plugin/fields/partner-fields';

export default defineField(
  onObject(
    STANDARD_OBJECT.company.universalIdentifier,
    metakockaSyncHash(ID.COMPANY_METAKOCKA_SYNC_HASH_FIELD_UNIVERSAL_IDENTIFIER),
  ),
);
