// metakockaSyncStatus on company: the record's sync state (not audit-logged: the sync rewrites it).
import { defineField, STANDARD_OBJECT } from 'twenty-sdk/define';

import * as ID from 'plugin/constants/universal-identifiers';
import { onObject } from 'plugin/fields/field-builders';
import { metakockaSyncStatus } from 'plugin/fields/partner-fields';

export default defineField(
  onObject(
    STANDARD_OBJECT.company.universalIdentifier,
    metakockaSyncStatus(ID.COMPANY_METAKOCKA_SYNC_STATUS_FIELD_UNIVERSAL_IDENTIFIER),
  ),
);
