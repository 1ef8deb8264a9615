import { defineCommandMenuItem } from 'twenty-sdk/define';

import { COMPANY_UNLINK_COMMAND_MENU_ITEM_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { recordCommandItem } from 'plugin/command-menu-items/record-command-item';

export default defineCommandMenuItem(
  recordCommandItem('company', 'unlink', COMPANY_UNLINK_COMMAND_MENU_ITEM_UNIVERSAL_IDENTIFIER),
);
