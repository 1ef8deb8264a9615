// "Manage Metakocka": guards the organisation and per-user credentials, sync settings and issue resolution.
// Server routes accept this flag, Twenty's APPLICATIONS flag, or the Metakocka manager role, because whether a real
// server lists an app's own flag among a user's permission flags is unconfirmed (APPS.md §5).
import { definePermissionFlag } from 'twenty-sdk/define';

import { MANAGE_METAKOCKA_PERMISSION_FLAG_KEY } from 'plugin/constants/names';
import { MANAGE_METAKOCKA_PERMISSION_FLAG_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';

export default definePermissionFlag({
  universalIdentifier: MANAGE_METAKOCKA_PERMISSION_FLAG_UNIVERSAL_IDENTIFIER,
  key: MANAGE_METAKOCKA_PERMISSION_FLAG_KEY,
  label: 'Manage Metakocka',
  description: 'Change the Metakocka connection and sync settings, and resolve or ignore sync issues and conflicts.',
  icon: 'IconPlugConnected',
  permissionType: 'settings',
});
