import { defineCommandMenuItem, STANDARD_OBJECT } from 'twenty-sdk/define';

import {
  COMPANY_LINK_PARTNER_COMMAND_MENU_ITEM_UNIVERSAL_IDENTIFIER,
  LINK_PARTNER_COMMAND_FRONT_COMPONENT_UNIVERSAL_IDENTIFIER,
} from 'plugin/constants/universal-identifiers';
import { oneRecordItem } from 'plugin/command-menu-items/one-record-item';

export default defineCommandMenuItem(
  oneRecordItem({
    universalIdentifier: COMPANY_LINK_PARTNER_COMMAND_MENU_ITEM_UNIVERSAL_IDENTIFIER,
    label: 'Link to Metakocka partner',
    shortLabel: 'Link',
    objectUniversalIdentifier: STANDARD_OBJECT.company.universalIdentifier,
    frontComponentUniversalIdentifier: LINK_PARTNER_COMMAND_FRONT_COMPONENT_UNIVERSAL_IDENTIFIER,
  }),
);
