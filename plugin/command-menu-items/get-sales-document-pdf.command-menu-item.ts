import { defineCommandMenuItem } from 'twenty-sdk/define';

import {
  GET_SALES_DOCUMENT_PDF_COMMAND_FRONT_COMPONENT_UNIVERSAL_IDENTIFIER,
  GET_SALES_DOCUMENT_PDF_COMMAND_MENU_ITEM_UNIVERSAL_IDENTIFIER,
  SALES_DOCUMENT_OBJECT_UNIVERSAL_IDENTIFIER,
} from 'plugin/constants/universal-identifiers';
import { oneRecordItem } from 'plugin/command-menu-items/one-record-item';

export default defineCommandMenuItem(
  oneRecordItem({
    universalIdentifier: GET_SALES_DOCUMENT_PDF_COMMAND_MENU_ITEM_UNIVERSAL_IDENTIFIER,
    label: 'Get document PDF',
    shortLabel: 'PDF',
    objectUniversalIdentifier: SALES_DOCUMENT_OBJECT_UNIVERSAL_IDENTIFIER,
    frontComponentUniversalIdentifier: GET_SALES_DOCUMENT_PDF_COMMAND_FRONT_COMPONENT_UNIVERSAL_IDENTIFIER,
  }),
);
