import { defineCommandMenuItem, STANDARD_OBJECT } from 'twenty-sdk/define';

import {
  CREATE_METAKOCKA_ORDER_COMMAND_FRONT_COMPONENT_UNIVERSAL_IDENTIFIER,
  CREATE_METAKOCKA_ORDER_COMMAND_MENU_ITEM_UNIVERSAL_IDENTIFIER,
} from 'plugin/constants/universal-identifiers';
import { oneRecordItem } from 'plugin/command-menu-items/one-record-item';

export default defineCommandMenuItem(
  oneRecordItem({
    universalIdentifier: CREATE_METAKOCKA_ORDER_COMMAND_MENU_ITEM_UNIVERSAL_IDENTIFIER,
    label: 'Create Metakocka order',
    shortLabel: 'Order',
    objectUniversalIdentifier: STANDARD_OBJECT.opportunity.universalIdentifier,
    frontComponentUniversalIdentifier: CREATE_METAKOCKA_ORDER_COMMAND_FRONT_COMPONENT_UNIVERSAL_IDENTIFIER,
  }),
);
