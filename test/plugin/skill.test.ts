// Twenty's AI is taught the app by its skill (issue 20 item 3). The quality of the AI's answers cannot be checked
// here; that the skill teaches only what exists can: every object, field, select value and error code it names in
// backticks is in the built manifest or the error catalogue, and every error code is explained.
import { errorCodes } from 'server/error-catalogue';
import { loadBuiltManifest, type BuiltManifest } from 'test/plugin/built-manifest';
import { indexManifest } from 'test/plugin/manifest-index';

let manifest: BuiltManifest;
let model: ReturnType<typeof indexManifest>;

beforeAll(async () => {
  manifest = await loadBuiltManifest();
  model = indexManifest(manifest);
}, 600_000);

const skill = () => manifest.skills.find((candidate: { name: string }) => candidate.name === 'metakocka-sync');
const named = (content: string): string[] => [
  ...new Set([...content.matchAll(/`([^`]+)`/g)].map((match) => match[1] ?? '')),
];

/** Every name the skill may use: objects, object.field paths, select options of the app's fields, error codes. */
const knownNames = (): Set<string> => {
  const names = new Set<string>(errorCodes);
  for (const object of manifest.objects) names.add(object.nameSingular);
  for (const field of [
    ...manifest.objects.flatMap((object) =>
      object.fields.map((entry) => ({ ...entry, objectName: object.nameSingular })),
    ),
    ...manifest.fields.map((entry) => ({ ...entry, objectName: model.objectName(entry.objectUniversalIdentifier) })),
  ]) {
    names.add(`${field.objectName}.${field.name}`);
    for (const option of field.options ?? []) names.add(option.value);
  }
  return names;
};

describe('the Metakocka skill', () => {
  it('is built into the manifest with its name, label and content', () => {
    expect(skill()).toMatchObject({ name: 'metakocka-sync', label: 'Metakocka sync' });
    expect(skill().content.length).toBeGreaterThan(2_000);
  });

  it('names only objects, fields, values and error codes that exist', () => {
    const known = knownNames();
    const unknown = named(skill().content).filter((name) => !known.has(name));
    expect(unknown).toEqual([]);
  });

  it('explains every error code the app can raise', () => {
    const explained = new Set(named(skill().content));
    expect(errorCodes.filter((code) => !explained.has(code))).toEqual([]);
  });

  it('teaches the sync issue fields an answer starts from', () => {
    const names = named(skill().content);
    for (const path of ['metakockaSyncIssue.errorCode', 'metakockaSyncIssue.metakockaId', 'metakockaSyncIssue.status'])
      expect(names).toContain(path);
  });
});

describe('the Metakocka assistant agent', () => {
  const agent = () => manifest.agents.find((candidate: { name: string }) => candidate.name === 'metakocka-assistant');
  const role = () =>
    manifest.roles.find((candidate) => candidate.universalIdentifier === agent().roleUniversalIdentifier);

  it('loads the skill and runs under its own role, which agents may hold and people may not', () => {
    expect(agent().prompt).toContain('"metakocka-sync"');
    expect(role()).toMatchObject({
      label: 'Metakocka assistant',
      canBeAssignedToAgents: true,
      canBeAssignedToUsers: false,
    });
  });

  it('reads the app’s objects and the companies and people they name, changes nothing and never sees credentials', () => {
    const grants = role().objectPermissions as Array<Record<string, unknown> & { objectUniversalIdentifier: string }>;
    const readable = grants
      .filter((grant) => grant.canReadObjectRecords)
      .map((grant) => model.objectName(grant.objectUniversalIdentifier));
    expect(readable.sort()).toEqual(
      [
        'company',
        'person',
        'metakockaAuditEntry',
        'metakockaProduct',
        'metakockaSalesDocument',
        'metakockaSalesDocumentLine',
        'metakockaSyncIssue',
        'metakockaSyncRun',
        'metakockaWarehouse',
      ].sort(),
    );
    for (const grant of grants)
      expect(grant).toMatchObject({
        canUpdateObjectRecords: false,
        canSoftDeleteObjectRecords: false,
        canDestroyObjectRecords: false,
      });
    expect(role()).toMatchObject({
      canReadAllObjectRecords: false,
      canUpdateAllObjectRecords: false,
      canAccessAllTools: false,
    });
  });
});
