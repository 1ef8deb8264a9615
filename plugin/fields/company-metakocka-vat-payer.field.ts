// metakockaVatPayer on company: whether the partner is a VAT payer.
import { defineField, STANDARD_OBJECT } from 'twenty-sdk/define';

import * as ID from 'plugin/constants/universal-identifiers';
import { onObject } from 'plugin/fields/field-builders';
import { metakockaVatPayer } from 'plugin/fields/partner-fields';

export default defineField(
  onObject(
    STANDARD_OBJECT.company.universalIdentifier,
    metakockaVatPayer(ID.COMPANY_METAKOCKA_VAT_PAYER_FIELD_UNIVERSAL_IDENTIFIER),
  ),
);
