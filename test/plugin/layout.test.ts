// What a user sees of the app in Twenty's UI: the saved views, the "Metakocka" sidebar folder and the "Metakocka" tab
// on company, person and opportunity pages — read from the built manifest.
import { loadBuiltManifest, type BuiltManifest } from 'test/plugin/built-manifest';
import { indexManifest } from 'test/plugin/manifest-index';
import { RECORD_PAGE_LAYOUT_IDS } from 'test/plugin/twenty-standard-ids';

const EXPECTED_VIEWS: Record<string, string> = {
  'Metakocka products': 'metakockaProduct',
  'Sales documents by status': 'metakockaSalesDocument',
  'Open sync issues': 'metakockaSyncIssue',
  'Conflicts to resolve': 'metakockaSyncIssue',
  'Recent sync runs': 'metakockaSyncRun',
};

let manifest: BuiltManifest;
let model: ReturnType<typeof indexManifest>;

beforeAll(async () => {
  manifest = await loadBuiltManifest();
  model = indexManifest(manifest);
}, 600_000);

const viewNamed = (name: string) => {
  const view = manifest.views.find((candidate) => candidate.name === name && candidate.type === 'TABLE');
  if (!view) throw new Error(`The built manifest has no table view "${name}"`);
  return view;
};

const filterOf = (view: any, fieldPath: string) =>
  (view.filters ?? []).find((filter: any) => model.fieldPath(filter.fieldMetadataUniversalIdentifier) === fieldPath);

describe('views', () => {
  it.each(Object.entries(EXPECTED_VIEWS))('"%s" lists %s records', (name, objectName) => {
    const view = viewNamed(name);
    expect(model.objectName(view.objectUniversalIdentifier)).toBe(objectName);
    const columns = view.fields.map((field: any) => model.fieldPath(field.fieldMetadataUniversalIdentifier));
    expect(columns.length).toBeGreaterThan(3);
    expect(columns.every((path: string) => path.startsWith(`${objectName}.`))).toBe(true);
  });

  it('shows only open issues in "Open sync issues"', () => {
    const view = viewNamed('Open sync issues');
    expect(filterOf(view, 'metakockaSyncIssue.status')).toMatchObject({ operand: 'IS', value: ['OPEN'] });
  });

  it('shows only open conflicts in "Conflicts to resolve", with both values side by side', () => {
    const view = viewNamed('Conflicts to resolve');
    expect(filterOf(view, 'metakockaSyncIssue.status')).toMatchObject({ operand: 'IS', value: ['OPEN'] });
    expect(filterOf(view, 'metakockaSyncIssue.kind')).toMatchObject({ operand: 'IS', value: ['CONFLICT'] });
    const columns = view.fields.map((field: any) => model.fieldPath(field.fieldMetadataUniversalIdentifier));
    expect(columns).toEqual(
      expect.arrayContaining(['metakockaSyncIssue.twentyValue', 'metakockaSyncIssue.metakockaValue']),
    );
  });

  it('puts the newest runs first in "Recent sync runs"', () => {
    const [sort] = viewNamed('Recent sync runs').sorts;
    expect({ field: model.fieldPath(sort.fieldMetadataUniversalIdentifier), direction: sort.direction }).toEqual({
      field: 'metakockaSyncRun.startedAt',
      direction: 'DESC',
    });
  });
});

describe('navigation', () => {
  it('groups the five views in a "Metakocka" folder', () => {
    const folder = manifest.navigationMenuItems.find((item) => item.type === 'FOLDER' && item.name === 'Metakocka');
    expect(folder).toBeDefined();
    const inFolder = manifest.navigationMenuItems.filter(
      (item) => item.folderUniversalIdentifier === folder.universalIdentifier && item.type === 'VIEW',
    );
    const viewNames = inFolder.map(
      (item) => manifest.views.find((view) => view.universalIdentifier === item.viewUniversalIdentifier)?.name,
    );
    expect(viewNames.sort()).toEqual(Object.keys(EXPECTED_VIEWS).sort());
  });
});

describe('sync console page', () => {
  it('is a standalone page whose one tab shows the sync-console front component, opened from the Metakocka folder', () => {
    const folder = manifest.navigationMenuItems.find((item) => item.type === 'FOLDER' && item.name === 'Metakocka');
    const item = manifest.navigationMenuItems.find(
      (candidate) => candidate.type === 'PAGE_LAYOUT' && candidate.name === 'Sync console',
    );
    expect(item.folderUniversalIdentifier).toBe(folder.universalIdentifier);
    const layout = manifest.pageLayouts.find(
      (candidate: any) => candidate.universalIdentifier === item.pageLayoutUniversalIdentifier,
    );
    expect(layout.type).toBe('STANDALONE_PAGE');
    expect(layout.tabs).toHaveLength(1);
    const [widget] = layout.tabs[0].widgets;
    expect(layout.tabs[0].widgets).toHaveLength(1);
    expect(widget.type).toBe('FRONT_COMPONENT');
    const component = manifest.frontComponents.find(
      (candidate: any) => candidate.universalIdentifier === widget.configuration.frontComponentUniversalIdentifier,
    );
    expect(component.name).toBe('sync-console');
    expect(component.isHeadless ?? false).toBe(false);
  });
});

describe('record page tabs', () => {
  it.each(Object.entries(RECORD_PAGE_LAYOUT_IDS))(
    'the %s page has a "Metakocka" tab showing its Metakocka fields',
    (objectName, layoutId) => {
      const tab = manifest.pageLayoutTabs.find(
        (candidate) => candidate.pageLayoutUniversalIdentifier === layoutId && candidate.title === 'Metakocka',
      );
      expect(tab).toBeDefined();
      const widget = tab.widgets.find((candidate: any) => candidate.type === 'FIELDS');
      expect(widget.configuration.configurationType).toBe('FIELDS');
      const fieldsView = manifest.views.find(
        (view) => view.universalIdentifier === widget.configuration.viewUniversalIdentifier,
      );
      expect(fieldsView.type).toBe('FIELDS_WIDGET');
      expect(model.objectName(fieldsView.objectUniversalIdentifier)).toBe(objectName);
      const shown = fieldsView.fields.map((field: any) => model.fieldPath(field.fieldMetadataUniversalIdentifier));
      expect(shown).toContain(`${objectName}.metakockaSyncStatus`);
      expect(shown).toContain(`${objectName}.metakockaSalesDocuments`);
    },
  );
});
