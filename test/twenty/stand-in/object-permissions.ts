/**
 * A workspace member's object and row permissions, enforced on /graphql for user tokens (APPS.md §5: "User-context
 * calls … carry the user's token, so Twenty enforces the user's own object and row permissions").
 *
 * - A member holds Twenty's Member role unless a test restricts one of its objects: every object readable and writable
 *   (the role's canReadAllObjectRecords … canDestroyAllObjectRecords). The app's token and API keys are not restricted
 *   here; their role is the manifest's, which the stand-in does not model per object.
 * - `currentUserWorkspace.objectPermissions` (and `objectsPermissions`) list one entry per object, with the fields of
 *   contract/metadata-schema.graphql `type ObjectPermission`; Twenty fills both lists from the same map and leaves the
 *   row-level predicates out of them (fromUserWorkspacePermissionsToUserWorkspacePermissionsDto, not captured: code).
 * - A row-level predicate is a record filter: the member reads, updates and deletes only rows that match it; any other
 *   row is "Record not found" (d10, g4a), as if it did not exist. Creates are not checked against it.
 * - The app's own token is unrestricted unless a test takes a right from its role (restrictApp).
 * - An operation the object's permission does not allow is FORBIDDEN (not captured: errors.ts `forbidden`). Twenty's
 *   canUpdateObjectRecords covers creates as well as updates.
 * Not modelled: restricted fields (always {}), REST (/rest is not checked; the app reads records through /graphql).
 */
import type { AuthContext } from './auth';
import { errors } from './errors';
import type { ObjectMeta, RootOp } from './model';

export interface ObjectAccess {
  canReadObjectRecords: boolean;
  canUpdateObjectRecords: boolean;
  canSoftDeleteObjectRecords: boolean;
  canDestroyObjectRecords: boolean;
  /** A record filter the member's rows must match (row-level permission predicate). */
  rowFilter?: Record<string, unknown>;
}

const MEMBER_ROLE: ObjectAccess = {
  canReadObjectRecords: true,
  canUpdateObjectRecords: true,
  canSoftDeleteObjectRecords: true,
  canDestroyObjectRecords: true,
};

const NEEDS: Record<RootOp, Exclude<keyof ObjectAccess, 'rowFilter'>> = {
  findMany: 'canReadObjectRecords',
  groupBy: 'canReadObjectRecords',
  findOne: 'canReadObjectRecords',
  createMany: 'canUpdateObjectRecords',
  createOne: 'canUpdateObjectRecords',
  updateMany: 'canUpdateObjectRecords',
  updateOne: 'canUpdateObjectRecords',
  deleteMany: 'canSoftDeleteObjectRecords',
  deleteOne: 'canSoftDeleteObjectRecords',
  restoreMany: 'canSoftDeleteObjectRecords',
  restoreOne: 'canSoftDeleteObjectRecords',
  destroyMany: 'canDestroyObjectRecords',
  destroyOne: 'canDestroyObjectRecords',
};

export class MemberObjectPermissions {
  private readonly byMember = new Map<string, Map<string, ObjectAccess>>();
  private readonly app = new Map<string, ObjectAccess>();

  /**
   * The app's own role without a right on one object: what a Twenty that does not grant apps that object does. An app
   * token is checked against its role's object permissions like a member's (APPS.md §5: the app token carries the
   * app's role); the answer is the same FORBIDDEN. Used for the sync timeline's refusal path (D81).
   */
  restrictApp(objectNameSingular: string, access: Partial<ObjectAccess>): void {
    this.app.set(objectNameSingular, { ...MEMBER_ROLE, ...access });
  }

  /** Restricts one object for one member (what an admin does in Settings → Roles); later calls replace it. */
  restrict(workspaceMemberId: string, objectNameSingular: string, access: Partial<ObjectAccess>): void {
    const objects = this.byMember.get(workspaceMemberId) ?? new Map<string, ObjectAccess>();
    objects.set(objectNameSingular, { ...MEMBER_ROLE, ...access });
    this.byMember.set(workspaceMemberId, objects);
  }

  access(auth: AuthContext, objectNameSingular: string): ObjectAccess {
    if (auth.kind === 'app') return this.app.get(objectNameSingular) ?? MEMBER_ROLE;
    if (auth.kind !== 'user' || auth.workspaceMemberId === null) return MEMBER_ROLE;
    return this.byMember.get(auth.workspaceMemberId)?.get(objectNameSingular) ?? MEMBER_ROLE;
  }

  /** Throws FORBIDDEN when the operation is not allowed; answers the row filter to apply (undefined: every row). */
  check(auth: AuthContext, object: ObjectMeta, op: RootOp): Record<string, unknown> | undefined {
    const access = this.access(auth, object.nameSingular);
    if (!access[NEEDS[op]])
      throw errors.forbidden(`Permission denied: the member's role does not allow ${op} on ${object.nameSingular}.`);
    return access.rowFilter;
  }

  /** currentUserWorkspace.objectPermissions: every object of the workspace, by metadata id. */
  list(auth: AuthContext, objects: Iterable<ObjectMeta>): Array<Record<string, unknown>> {
    return [...objects].map((object) => {
      const { rowFilter: _rows, ...flags } = this.access(auth, object.nameSingular);
      return { objectMetadataId: object.id, ...flags, restrictedFields: {} };
    });
  }
}

/** The caller's filter narrowed to the rows the member may see. */
export const withinRows = (filter: unknown, rowFilter: Record<string, unknown> | undefined): unknown =>
  rowFilter === undefined ? filter : filter === undefined || filter === null ? rowFilter : { and: [filter, rowFilter] };
