import { defineCommandMenuItem } from 'twenty-sdk/define';

import { RUN_SYNC_COMMAND_LABEL } from 'plugin/constants/names';
import {
  RUN_METAKOCKA_SYNC_COMMAND_FRONT_COMPONENT_UNIVERSAL_IDENTIFIER,
  RUN_METAKOCKA_SYNC_COMMAND_MENU_ITEM_UNIVERSAL_IDENTIFIER,
} from 'plugin/constants/universal-identifiers';

// Everywhere (issue #5 item 7); the route itself checks the "Manage Metakocka" permission and says so when missing.
export default defineCommandMenuItem({
  universalIdentifier: RUN_METAKOCKA_SYNC_COMMAND_MENU_ITEM_UNIVERSAL_IDENTIFIER,
  label: RUN_SYNC_COMMAND_LABEL,
  shortLabel: 'Metakocka sync',
  availabilityType: 'GLOBAL',
  frontComponentUniversalIdentifier: RUN_METAKOCKA_SYNC_COMMAND_FRONT_COMPONENT_UNIVERSAL_IDENTIFIER,
});
