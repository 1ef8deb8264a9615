// metakockaPartnerCode on company: the partner's code in Metakocka (count_code).
import { defineField, STANDARD_OBJECT } from 'twenty-sdk/define';

import * as ID from 'plugin/constants/universal-identifiers';
import { onObject } from 'plugin/fields/field-builders';
import { metakockaPartnerCode } from 'plugin/fields/partner-fields';

export default defineField(
  onObject(
    STANDARD_OBJECT.company.universalIdentifier,
    metakockaPartnerCode(ID.COMPANY_METAKOCKA_PARTNER_CODE_FIELD_UNIVERSAL_IDENTIFIER),
  ),
);
