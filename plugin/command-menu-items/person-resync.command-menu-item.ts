import { defineCommandMenuItem } from 'twenty-sdk/define';

import { PERSON_RESYNC_COMMAND_MENU_ITEM_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { recordCommandItem } from 'plugin/command-menu-items/record-command-item';

export default defineCommandMenuItem(
  recordCommandItem('person', 'resync', PERSON_RESYNC_COMMAND_MENU_ITEM_UNIVERSAL_IDENTIFIER),
);
