import { defineCommandMenuItem } from 'twenty-sdk/define';

import {
  PUSH_SALES_DOCUMENT_COMMAND_FRONT_COMPONENT_UNIVERSAL_IDENTIFIER,
  PUSH_SALES_DOCUMENT_COMMAND_MENU_ITEM_UNIVERSAL_IDENTIFIER,
  SALES_DOCUMENT_OBJECT_UNIVERSAL_IDENTIFIER,
} from 'plugin/constants/universal-identifiers';
import { oneRecordItem } from 'plugin/command-menu-items/one-record-item';

export default defineCommandMenuItem(
  oneRecordItem({
    universalIdentifier: PUSH_SALES_DOCUMENT_COMMAND_MENU_ITEM_UNIVERSAL_IDENTIFIER,
    label: 'Push to Metakocka',
    shortLabel: 'Push',
    objectUniversalIdentifier: SALES_DOCUMENT_OBJECT_UNIVERSAL_IDENTIFIER,
    frontComponentUniversalIdentifier: PUSH_SALES_DOCUMENT_COMMAND_FRONT_COMPONENT_UNIVERSAL_IDENTIFIER,
  }),
);
