// What the app's own token may do, and who may manage the integration — read from the built manifest.
import { loadBuiltManifest, type BuiltManifest } from 'test/plugin/built-manifest';
import { indexManifest } from 'test/plugin/manifest-index';
import { APPLICATIONS_PERMISSION_FLAG_ID, UPLOAD_FILE_PERMISSION_FLAG_ID } from 'test/plugin/twenty-standard-ids';

// Written out by hand: every object the sync needs, and what it needs to do with it (docs/architecture.md D6).
const APP_ROLE_GRANTS: Record<string, { read: boolean; update: boolean; softDelete: boolean; destroy: boolean }> = {
  company: { read: true, update: true, softDelete: false, destroy: false },
  person: { read: true, update: true, softDelete: false, destroy: false },
  opportunity: { read: true, update: true, softDelete: false, destroy: false },
  attachment: { read: true, update: true, softDelete: false, destroy: false },
  task: { read: true, update: true, softDelete: false, destroy: false },
  taskTarget: { read: true, update: true, softDelete: false, destroy: false },
  timelineActivity: { read: true, update: true, softDelete: false, destroy: false },
  dashboard: { read: true, update: true, softDelete: true, destroy: false },
  workspaceMember: { read: true, update: false, softDelete: false, destroy: false },
  metakockaProduct: { read: true, update: true, softDelete: true, destroy: false },
  metakockaSalesDocument: { read: true, update: true, softDelete: true, destroy: false },
  metakockaSyncIssue: { read: true, update: true, softDelete: true, destroy: false },
  metakockaSalesDocumentLine: { read: true, update: true, softDelete: true, destroy: true },
  metakockaSyncRun: { read: true, update: true, softDelete: true, destroy: true },
  metakockaCredential: { read: true, update: true, softDelete: true, destroy: true },
  metakockaAuditEntry: { read: true, update: true, softDelete: false, destroy: false },
  metakockaReport: { read: true, update: true, softDelete: true, destroy: false },
  metakockaSavedReport: { read: true, update: true, softDelete: true, destroy: false },
  metakockaWarehouse: { read: true, update: true, softDelete: false, destroy: false },
};

let manifest: BuiltManifest;
let model: ReturnType<typeof indexManifest>;

beforeAll(async () => {
  manifest = await loadBuiltManifest();
  model = indexManifest(manifest);
}, 600_000);

const appRole = () =>
  manifest.roles.find((role) => role.universalIdentifier === manifest.application.defaultRoleUniversalIdentifier);
const grantsOf = (role: any) =>
  Object.fromEntries(
    role.objectPermissions.map((p: any) => [
      model.objectName(p.objectUniversalIdentifier),
      {
        read: !!p.canReadObjectRecords,
        update: !!p.canUpdateObjectRecords,
        softDelete: !!p.canSoftDeleteObjectRecords,
        destroy: !!p.canDestroyObjectRecords,
      },
    ]),
  );

describe('the app role', () => {
  it('is the app’s default role and keeps the identifier it was first installed with', () => {
    expect(appRole()?.universalIdentifier).toBe('7a2b1c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d');
  });

  it('has no blanket access to all records, settings or tools', () => {
    const role = appRole();
    for (const flag of [
      'canReadAllObjectRecords',
      'canUpdateAllObjectRecords',
      'canSoftDeleteAllObjectRecords',
      'canDestroyAllObjectRecords',
      'canUpdateAllSettings',
      'canAccessAllTools',
    ]) {
      expect({ flag, value: role[flag] ?? false }).toEqual({ flag, value: false });
    }
  });

  it('is granted exactly what the sync needs, object by object', () => {
    expect(grantsOf(appRole())).toEqual(APP_ROLE_GRANTS);
  });

  it('cannot destroy any record it has no need to destroy', () => {
    const destroyable = Object.entries(grantsOf(appRole()))
      .filter(([, grant]: [string, any]) => grant.destroy)
      .map(([name]) => name);
    expect(destroyable.sort()).toEqual(['metakockaCredential', 'metakockaSalesDocumentLine', 'metakockaSyncRun']);
  });

  it('never deletes a CRM company, person or opportunity', () => {
    const grants = grantsOf(appRole());
    for (const name of ['company', 'person', 'opportunity'])
      expect(grants[name]).toMatchObject({ softDelete: false, destroy: false });
  });

  it('holds the Applications flag to write its own variables and Upload file to attach document PDFs, nothing more', () => {
    expect(appRole().permissionFlagUniversalIdentifiers).toEqual([
      APPLICATIONS_PERMISSION_FLAG_ID,
      UPLOAD_FILE_PERMISSION_FLAG_ID,
    ]);
  });

  it('cannot be given to people, agents or API keys', () => {
    expect(appRole()).toMatchObject({
      canBeAssignedToUsers: false,
      canBeAssignedToAgents: false,
      canBeAssignedToApiKeys: false,
    });
  });
});

describe('Manage Metakocka', () => {
  it('is a settings permission flag keyed MANAGE_METAKOCKA', () => {
    const flag = manifest.permissionFlags.find((candidate) => candidate.key === 'MANAGE_METAKOCKA');
    expect(flag).toMatchObject({ label: 'Manage Metakocka', permissionType: 'settings' });
  });

  it('is carried by the "Metakocka manager" role, which people can hold and which cannot destroy records', () => {
    const flag = manifest.permissionFlags.find((candidate) => candidate.key === 'MANAGE_METAKOCKA');
    const manager = manifest.roles.find((role) => role.label === 'Metakocka manager');
    expect(manager.permissionFlagUniversalIdentifiers).toEqual([flag.universalIdentifier]);
    expect(manager).toMatchObject({
      canBeAssignedToUsers: true,
      canDestroyAllObjectRecords: false,
      canUpdateAllSettings: false,
    });
  });
});
