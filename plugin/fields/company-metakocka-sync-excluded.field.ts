// metakockaSyncExcluded on company: lets a user keep the record out of the sync.
import { defineField, STANDARD_OBJECT } from 'twenty-sdk/define';

import * as ID from 'plugin/constants/universal-identifiers';
import { onObject } from 'plugin/fields/field-builders';
import { metakockaSyncExcluded } from 'plugin/fields/partner-fields';

export default defineField(
  onObject(
    STANDARD_OBJECT.company.universalIdentifier,
    metakockaSyncExcluded(ID.COMPANY_METAKOCKA_SYNC_EXCLUDED_FIELD_UNIVERSAL_IDENTIFIER),
  ),
);
