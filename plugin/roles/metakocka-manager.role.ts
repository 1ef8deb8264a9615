// The role an admin gives to the people who run the integration. A Twenty member holds one role, so besides the
// Manage Metakocka flag it grants what the standard Member role does (read, edit and delete records), nothing more:
// no destroy, no workspace settings.
import { defineRole } from 'twenty-sdk/define';

import { METAKOCKA_MANAGER_ROLE_LABEL } from 'plugin/constants/names';
import {
  MANAGE_METAKOCKA_PERMISSION_FLAG_UNIVERSAL_IDENTIFIER,
  METAKOCKA_MANAGER_ROLE_UNIVERSAL_IDENTIFIER,
} from 'plugin/constants/universal-identifiers';

export default defineRole({
  universalIdentifier: METAKOCKA_MANAGER_ROLE_UNIVERSAL_IDENTIFIER,
  label: METAKOCKA_MANAGER_ROLE_LABEL,
  description: 'Works with records like a member, and may manage the Metakocka connection, sync settings and issues.',
  icon: 'IconUserCog',
  canReadAllObjectRecords: true,
  canUpdateAllObjectRecords: true,
  canSoftDeleteAllObjectRecords: true,
  canDestroyAllObjectRecords: false,
  canUpdateAllSettings: false,
  canAccessAllTools: false,
  canBeAssignedToUsers: true,
  canBeAssignedToAgents: false,
  canBeAssignedToApiKeys: false,
  permissionFlagUniversalIdentifiers: [MANAGE_METAKOCKA_PERMISSION_FLAG_UNIVERSAL_IDENTIFIER],
});
