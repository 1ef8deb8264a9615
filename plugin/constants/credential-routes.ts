// Paths of the credential, connection and health routes (helper G, issue #7). Here because plugin/functions declare
// them and ui/ calls them as `/s/<path>` (APPS.md §4), and ui/ may import values only from plugin/constants.
// This module imports nothing.
export const CREDENTIAL_ROUTES = {
  organisationRead: '/metakocka/credentials/organisation/read',
  organisationSave: '/metakocka/credentials/organisation/save',
  connectionTest: '/metakocka/connection/test',
  mineStatus: '/metakocka/credentials/mine/status',
  mineSave: '/metakocka/credentials/mine/save',
  mineDelete: '/metakocka/credentials/mine/delete',
  membersList: '/metakocka/credentials/members/list',
  membersRevoke: '/metakocka/credentials/members/revoke',
  policyRead: '/metakocka/credentials/policy/read',
  policySave: '/metakocka/credentials/policy/save',
  rotateKey: '/metakocka/credentials/rotate-key',
  health: '/metakocka/health',
} as const;

export type CredentialRoutePath = (typeof CREDENTIAL_ROUTES)[keyof typeof CREDENTIAL_ROUTES];
