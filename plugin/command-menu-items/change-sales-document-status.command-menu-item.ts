import { defineCommandMenuItem } from 'twenty-sdk/define';

import {
  CHANGE_SALES_DOCUMENT_STATUS_COMMAND_FRONT_COMPONENT_UNIVERSAL_IDENTIFIER,
  CHANGE_SALES_DOCUMENT_STATUS_COMMAND_MENU_ITEM_UNIVERSAL_IDENTIFIER,
  SALES_DOCUMENT_OBJECT_UNIVERSAL_IDENTIFIER,
} from 'plugin/constants/universal-identifiers';
import { oneRecordItem } from 'plugin/command-menu-items/one-record-item';

export default defineCommandMenuItem(
  oneRecordItem({
    universalIdentifier: CHANGE_SALES_DOCUMENT_STATUS_COMMAND_MENU_ITEM_UNIVERSAL_IDENTIFIER,
    label: 'Change status',
    shortLabel: 'Status',
    objectUniversalIdentifier: SALES_DOCUMENT_OBJECT_UNIVERSAL_IDENTIFIER,
    frontComponentUniversalIdentifier: CHANGE_SALES_DOCUMENT_STATUS_COMMAND_FRONT_COMPONENT_UNIVERSAL_IDENTIFIER,
  }),
);
