// metakockaDeliveryAddresses on company: the partner's further delivery addresses.
import { defineField, STANDARD_OBJECT } from 'twenty-sdk/define';

import * as ID from 'plugin/constants/universal-identifiers';
import { onObject } from 'plugin/fields/field-builders';
import { metakockaDeliveryAddresses } from 'plugin/fields/partner-fields';

export default defineField(
  onObject(
    STANDARD_OBJECT.company.universalIdentifier,
    metakockaDeliveryAddresses(ID.COMPANY_METAKOCKA_DELIVERY_ADDRESSES_FIELD_UNIVERSAL_IDENTIFIER),
  ),
);
