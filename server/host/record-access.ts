// Whether the calling user may change one record, asked of Twenty with the caller's own token, never the app's: their
// role's object permission (currentUserWorkspace.objectPermissions, APPS.md §5; contract/metadata-schema.graphql
// `type ObjectPermission`, listed by objectMetadataId) and the record itself read with that token, so Twenty's
// row-level rules apply (a record outside them is simply not found).
import { CrmAuthError, CrmNotFoundError, CrmUpsertConflictError, CrmValidationError } from 'server/crm/errors';
import { crmGatewayFor } from 'server/host/crm-gateway';
import { metadataRequest } from 'server/host/metadata';
import type { AppRuntime } from 'server/host/runtime';

export interface RecordRef {
  nameSingular: string;
  namePlural: string;
  id: string;
}

/** Why not, as a key the caller words (catalogue DOCUMENT_ACTION_DENIED, terms reason.*). */
export type RecordAccessRefusal = 'permissionsUnreadable' | 'roleMayNotEdit' | 'notVisible';

export type RecordAccess = { allowed: true } | { allowed: false; reason: RecordAccessRefusal };

const CALLER_OBJECT_PERMISSIONS = `query MetakockaCallerObjectPermissions {
  currentUser { currentUserWorkspace { id objectPermissions { objectMetadataId canUpdateObjectRecords } } }
  objects(paging: { first: 1000 }, filter: {}) { edges { node { id nameSingular } } }
}`;

interface PermissionsData {
  currentUser: {
    currentUserWorkspace: {
      objectPermissions: Array<{ objectMetadataId: string; canUpdateObjectRecords: boolean | null }> | null;
    } | null;
  };
  objects: { edges: Array<{ node: { id: string; nameSingular: string } }> };
}

/** The role's update permission on the object, or why it could not be read. */
async function canUpdateObject(runtime: AppRuntime, nameSingular: string): Promise<boolean | 'permissionsUnreadable'> {
  const answer = await metadataRequest<PermissionsData>(runtime, 'user', CALLER_OBJECT_PERMISSIONS);
  if (!answer.ok) return 'permissionsUnreadable';
  const objectId = answer.data.objects.edges.find((edge) => edge.node.nameSingular === nameSingular)?.node.id;
  const entry = answer.data.currentUser.currentUserWorkspace?.objectPermissions?.find(
    (p) => p.objectMetadataId === objectId,
  );
  // No entry for the object means no permission on it: refuse rather than assume.
  return entry?.canUpdateObjectRecords === true;
}

async function visibleToCaller(runtime: AppRuntime, record: RecordRef): Promise<boolean> {
  const gateway = crmGatewayFor(runtime, 'user');
  try {
    const data = await gateway.request<Record<string, { edges: unknown[] }>>(
      `query MetakockaCallerRecord($id: UUID!) { ${record.namePlural}(filter: { id: { eq: $id } }, first: 1) { edges { node { id } } } }`,
      { id: record.id },
    );
    return (data[record.namePlural]?.edges.length ?? 0) > 0;
  } catch (error) {
    // FORBIDDEN (a validation-class error), not found, or a token Twenty no longer accepts: the caller cannot see it.
    if (
      error instanceof CrmValidationError ||
      error instanceof CrmUpsertConflictError ||
      error instanceof CrmNotFoundError ||
      error instanceof CrmAuthError
    )
      return false;
    throw error;
  }
}

export async function callerMayUpdate(runtime: AppRuntime, record: RecordRef): Promise<RecordAccess> {
  const permission = await canUpdateObject(runtime, record.nameSingular);
  if (typeof permission === 'string') return { allowed: false, reason: permission };
  if (!permission) return { allowed: false, reason: 'roleMayNotEdit' };
  if (!(await visibleToCaller(runtime, record))) return { allowed: false, reason: 'notVisible' };
  return { allowed: true };
}
