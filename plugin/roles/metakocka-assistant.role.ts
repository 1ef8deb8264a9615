// The role of the Metakocka assistant agent: it reads what it explains and changes nothing. Read-only on the app's
// objects but the credentials (encrypted keys are nobody's business in a chat), and on companies and people so an
// answer can name the record an issue is about (docs/architecture.md D74).
import { defineRole, STANDARD_OBJECT } from 'twenty-sdk/define';

import * as ID from 'plugin/constants/universal-identifiers';

const readOnly = {
  canReadObjectRecords: true,
  canUpdateObjectRecords: false,
  canSoftDeleteObjectRecords: false,
  canDestroyObjectRecords: false,
} as const;

export default defineRole({
  universalIdentifier: ID.METAKOCKA_ASSISTANT_ROLE_UNIVERSAL_IDENTIFIER,
  label: 'Metakocka assistant',
  description: 'Reads Metakocka sync runs, issues, products and sales documents to explain them; changes nothing.',
  icon: 'IconRobot',
  canReadAllObjectRecords: false,
  canUpdateAllObjectRecords: false,
  canSoftDeleteAllObjectRecords: false,
  canDestroyAllObjectRecords: false,
  canUpdateAllSettings: false,
  canAccessAllTools: false,
  canBeAssignedToUsers: false,
  canBeAssignedToAgents: true,
  canBeAssignedToApiKeys: false,
  objectPermissions: [
    STANDARD_OBJECT.company.universalIdentifier,
    STANDARD_OBJECT.person.universalIdentifier,
    ID.PRODUCT_OBJECT_UNIVERSAL_IDENTIFIER,
    ID.WAREHOUSE_OBJECT_UNIVERSAL_IDENTIFIER,
    ID.SALES_DOCUMENT_OBJECT_UNIVERSAL_IDENTIFIER,
    ID.SALES_DOCUMENT_LINE_OBJECT_UNIVERSAL_IDENTIFIER,
    ID.SYNC_RUN_OBJECT_UNIVERSAL_IDENTIFIER,
    ID.SYNC_ISSUE_OBJECT_UNIVERSAL_IDENTIFIER,
    ID.AUDIT_ENTRY_OBJECT_UNIVERSAL_IDENTIFIER,
  ].map((objectUniversalIdentifier) => ({ objectUniversalIdentifier, ...readOnly })),
});
