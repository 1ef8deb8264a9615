// The app's own role: what its token (TWENTY_APP_APPLICATION_ACCESS_TOKEN) may do (APPS.md §5). Least privilege,
// object by object; docs/architecture.md D6 lists each grant and why.
import { defineApplicationRole, STANDARD_OBJECT, SystemPermissionFlag } from 'twenty-sdk/define';

import * as ID from 'plugin/constants/universal-identifiers';

const readWrite = { canReadObjectRecords: true, canUpdateObjectRecords: true } as const;
const readWriteSoftDelete = { ...readWrite, canSoftDeleteObjectRecords: true, canDestroyObjectRecords: false } as const;
const readWriteDestroy = { ...readWrite, canSoftDeleteObjectRecords: true, canDestroyObjectRecords: true } as const;
const readWriteOnly = { ...readWrite, canSoftDeleteObjectRecords: false, canDestroyObjectRecords: false } as const;
const readOnly = {
  canReadObjectRecords: true,
  canUpdateObjectRecords: false,
  canSoftDeleteObjectRecords: false,
  canDestroyObjectRecords: false,
} as const;

export default defineApplicationRole({
  universalIdentifier: ID.METAKOCKA_APP_APPLICATION_ROLE_UNIVERSAL_IDENTIFIER,
  label: 'Metakocka app',
  description:
    'What the Metakocka sync may read and write: partners, opportunities, its own objects and document PDFs.',
  canReadAllObjectRecords: false,
  canUpdateAllObjectRecords: false,
  canSoftDeleteAllObjectRecords: false,
  canDestroyAllObjectRecords: false,
  canUpdateAllSettings: false,
  canAccessAllTools: false,
  canBeAssignedToUsers: false,
  canBeAssignedToAgents: false,
  canBeAssignedToApiKeys: false,
  objectPermissions: [
    // Partners become companies and people; the sync creates and updates them but never deletes a CRM record.
    { objectUniversalIdentifier: STANDARD_OBJECT.company.universalIdentifier, ...readWriteOnly },
    { objectUniversalIdentifier: STANDARD_OBJECT.person.universalIdentifier, ...readWriteOnly },
    // Offers and orders are linked to opportunities, whose Metakocka status the sync keeps.
    { objectUniversalIdentifier: STANDARD_OBJECT.opportunity.universalIdentifier, ...readWriteOnly },
    // Document PDFs are attached to the document record. No notes: what a push did is on the document, the audit trail
    // and the sync issues, not in notes members can edit (docs/architecture.md D43).
    { objectUniversalIdentifier: STANDARD_OBJECT.attachment.universalIdentifier, ...readWriteOnly },
    // Alerts and digests are tasks for the members a manager picked, linked to the issue or run they are about (D75).
    { objectUniversalIdentifier: STANDARD_OBJECT.task.universalIdentifier, ...readWriteOnly },
    { objectUniversalIdentifier: STANDARD_OBJECT.taskTarget.universalIdentifier, ...readWriteOnly },
    // Each sync event on a record is a row on its timeline, written in batches (D81).
    { objectUniversalIdentifier: STANDARD_OBJECT.timelineActivity.universalIdentifier, ...readWriteOnly },

    // The install lists the app's dashboards among Twenty's by creating their `dashboard` records (D80), and restores
    // one a member deleted (D99): Twenty lets only a role that may soft-delete restore.
    { objectUniversalIdentifier: STANDARD_OBJECT.dashboard.universalIdentifier, ...readWriteSoftDelete },
    // Credentials belong to a member; the app reads members to check ownership.
    { objectUniversalIdentifier: STANDARD_OBJECT.workspaceMember.universalIdentifier, ...readOnly },
    // Products and documents deleted in Metakocka are soft-deleted (restorable), never destroyed.
    { objectUniversalIdentifier: ID.PRODUCT_OBJECT_UNIVERSAL_IDENTIFIER, ...readWriteSoftDelete },
    // Warehouses carry the stock totals of the last products sync; one gone from Metakocka is set to zero, not deleted.
    { objectUniversalIdentifier: ID.WAREHOUSE_OBJECT_UNIVERSAL_IDENTIFIER, ...readWriteOnly },
    { objectUniversalIdentifier: ID.SALES_DOCUMENT_OBJECT_UNIVERSAL_IDENTIFIER, ...readWriteSoftDelete },
    { objectUniversalIdentifier: ID.SYNC_ISSUE_OBJECT_UNIVERSAL_IDENTIFIER, ...readWriteSoftDelete },
    // Lines removed from a document in Metakocka, old sync runs past retention and a member's removed key are
    // destroyed: a soft-deleted line would keep holding its unique row key, and a removed secret must not linger.
    { objectUniversalIdentifier: ID.SALES_DOCUMENT_LINE_OBJECT_UNIVERSAL_IDENTIFIER, ...readWriteDestroy },
    { objectUniversalIdentifier: ID.SYNC_RUN_OBJECT_UNIVERSAL_IDENTIFIER, ...readWriteDestroy },
    { objectUniversalIdentifier: ID.CREDENTIAL_OBJECT_UNIVERSAL_IDENTIFIER, ...readWriteDestroy },
    // Exports and delivered reports hold their file; the app writes them, users read them (issue 19).
    { objectUniversalIdentifier: ID.REPORT_OBJECT_UNIVERSAL_IDENTIFIER, ...readWriteSoftDelete },
    // Saved reports and their schedules change only through the app's routes (D85).
    { objectUniversalIdentifier: ID.SAVED_REPORT_OBJECT_UNIVERSAL_IDENTIFIER, ...readWriteSoftDelete },
    // The audit trail is append-only.
    { objectUniversalIdentifier: ID.AUDIT_ENTRY_OBJECT_UNIVERSAL_IDENTIFIER, ...readWriteOnly },
  ],
  // The organisation-credentials route writes the app's own variables (updateOneApplicationVariable is guarded by
  // APPLICATIONS, APPS.md §2.1). "Get document PDF" stores Metakocka's PDF as an attachment: createFileUpload and
  // completeFileUpload need UPLOAD_FILE (twenty-server FileUploadResolver, CreateFileUploadPermissionGuard).
  permissionFlagUniversalIdentifiers: [SystemPermissionFlag.APPLICATIONS, SystemPermissionFlag.UPLOAD_FILE],
});
