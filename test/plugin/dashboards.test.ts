// Issue 19 and issue 18 item 2 "Done when": the Sales, Receivables and Stock dashboards and the Trends page are in the
// built manifest as standalone pages in the Metakocka sidebar folder, and every chart references real fields of the
// object it charts: the aggregate, each axis and group field, with currency sub-fields only on money fields and day
// granularity only on date fields. What Twenty draws from them is unverified here.
import { loadBuiltManifest, type BuiltManifest } from 'test/plugin/built-manifest';
import { indexManifest } from 'test/plugin/manifest-index';

const FIELD_KEYS = [
  'aggregateFieldMetadataUniversalIdentifier',
  'groupByFieldMetadataUniversalIdentifier',
  'primaryAxisGroupByFieldMetadataUniversalIdentifier',
  'secondaryAxisGroupByFieldMetadataUniversalIdentifier',
];
const SUB_FIELD_KEYS: Record<string, string> = {
  groupByFieldMetadataUniversalIdentifier: 'groupBySubFieldName',
  primaryAxisGroupByFieldMetadataUniversalIdentifier: 'primaryAxisGroupBySubFieldName',
  secondaryAxisGroupByFieldMetadataUniversalIdentifier: 'secondaryAxisGroupBySubFieldName',
};

let manifest: BuiltManifest;
let model: ReturnType<typeof indexManifest>;

beforeAll(async () => {
  manifest = await loadBuiltManifest();
  model = indexManifest(manifest);
}, 600_000);

const widgetsOf = (layout: any) => (layout.tabs ?? []).flatMap((tab: any) => tab.widgets ?? []);
/** The app's chart pages: its standalone layouts made of GRAPH widgets (the console and inbox hold a component). */
const dashboards = () =>
  (manifest.pageLayouts ?? []).filter(
    (layout: any) =>
      String(layout.name).startsWith('Metakocka ') &&
      widgetsOf(layout).length > 0 &&
      widgetsOf(layout).every((widget: any) => widget.type === 'GRAPH'),
  );

describe('dashboards', () => {
  it('ships Sales, Receivables, Stock and Trends as standalone pages linked from the Metakocka sidebar folder', () => {
    expect(
      dashboards()
        .map((layout: any) => [layout.name, layout.type])
        .sort(),
    ).toEqual(
      [
        ['Metakocka receivables', 'STANDALONE_PAGE'],
        ['Metakocka sales', 'STANDALONE_PAGE'],
        ['Metakocka stock', 'STANDALONE_PAGE'],
        ['Metakocka trends', 'STANDALONE_PAGE'],
        // Their twins for Twenty's Dashboards list (D80), charting the same fields in the same places.
        ['Metakocka receivables dashboard', 'DASHBOARD'],
        ['Metakocka sales dashboard', 'DASHBOARD'],
        ['Metakocka stock dashboard', 'DASHBOARD'],
        ['Metakocka trends dashboard', 'DASHBOARD'],
      ].sort(),
    );
    const charts = (layout: any) =>
      widgetsOf(layout).map(({ universalIdentifier: _id, ...widget }: any) => JSON.stringify(widget));
    for (const twin of dashboards().filter((layout: any) => layout.type === 'DASHBOARD')) {
      const page = dashboards().find((layout: any) => `${layout.name} dashboard` === twin.name);
      expect({ twin: twin.name, charts: charts(twin) }).toEqual({ twin: twin.name, charts: charts(page) });
    }
    const folder = manifest.navigationMenuItems.find(
      (item: any) => item.type === 'FOLDER' && item.name === 'Metakocka',
    );
    for (const layout of dashboards().filter((candidate: any) => candidate.type === 'STANDALONE_PAGE')) {
      const item = manifest.navigationMenuItems.find(
        (candidate: any) => candidate.pageLayoutUniversalIdentifier === layout.universalIdentifier,
      );
      expect({ layout: layout.name, type: item?.type, folder: item?.folderUniversalIdentifier }).toEqual({
        layout: layout.name,
        type: 'PAGE_LAYOUT',
        folder: folder.universalIdentifier,
      });
    }
  });

  it('references only real fields of the charted object in every chart', () => {
    const widgets = dashboards().flatMap(widgetsOf);
    expect(widgets.length).toBeGreaterThanOrEqual(40);
    for (const widget of widgets) {
      expect(widget.type).toBe('GRAPH');
      const object = model.objectName(widget.objectUniversalIdentifier);
      expect([
        'metakockaSalesDocument',
        'metakockaProduct',
        'metakockaWarehouse',
        'metakockaSyncIssue',
        'metakockaSyncRun',
      ]).toContain(object);
      const config = widget.configuration;
      expect(['AGGREGATE_CHART', 'BAR_CHART', 'LINE_CHART', 'PIE_CHART']).toContain(config.configurationType);
      for (const key of FIELD_KEYS.filter((candidate) => config[candidate] !== undefined)) {
        const path = model.fieldPath(config[key]);
        expect({ widget: widget.title, key, path }).toEqual({
          widget: widget.title,
          key,
          path: expect.stringMatching(new RegExp(`^${object}\\.`)),
        });
        const sub = config[SUB_FIELD_KEYS[key] ?? ''];
        const type = model.field(path).type;
        if (sub === 'currencyCode')
          expect({ widget: widget.title, path, type }).toEqual({ widget: widget.title, path, type: 'CURRENCY' });
        if (sub === 'name')
          expect({ widget: widget.title, path, type }).toEqual({ widget: widget.title, path, type: 'RELATION' });
      }
      if (config.primaryAxisDateGranularity) {
        const type = model.field(model.fieldPath(config.primaryAxisGroupByFieldMetadataUniversalIdentifier)).type;
        expect({ widget: widget.title, type }).toEqual({ widget: widget.title, type: expect.stringMatching(/^DATE/) });
      }
    }
  });

  it('charts the trends from the day fields the sync keeps, each chart needing no filter', () => {
    const trends = dashboards().find((layout: any) => layout.name === 'Metakocka trends');
    const charted = widgetsOf(trends).map((widget: any) => {
      const config = widget.configuration;
      const name = (key: string) => (config[key] ? model.fieldPath(config[key]) : null);
      return [
        widget.title,
        config.aggregateOperation,
        name('aggregateFieldMetadataUniversalIdentifier'),
        name('primaryAxisGroupByFieldMetadataUniversalIdentifier'),
        config.primaryAxisDateGranularity ?? null,
        name('secondaryAxisGroupByFieldMetadataUniversalIdentifier'),
        config.filter ?? null,
      ];
    });
    expect(charted).toEqual([
      [
        'Issues opened per day by class',
        'COUNT',
        'metakockaSyncIssue.name',
        'metakockaSyncIssue.openedDay',
        'DAY',
        'metakockaSyncIssue.kind',
        null,
      ],
      ['Open CRITICAL issues', 'COUNT_TRUE', 'metakockaSyncIssue.isOpenCritical', null, null, null, null],
      [
        'Issues by stream and status',
        'COUNT',
        'metakockaSyncIssue.name',
        'metakockaSyncIssue.stream',
        null,
        'metakockaSyncIssue.status',
        null,
      ],
      [
        'Issues by error code',
        'COUNT',
        'metakockaSyncIssue.name',
        'metakockaSyncIssue.errorCode',
        null,
        'metakockaSyncIssue.status',
        null,
      ],
      [
        'Runs per day by status',
        'COUNT',
        'metakockaSyncRun.name',
        'metakockaSyncRun.startedDay',
        'DAY',
        'metakockaSyncRun.status',
        null,
      ],
      [
        'Metakocka API calls per day',
        'SUM',
        'metakockaSyncRun.apiCallsMetakocka',
        'metakockaSyncRun.startedDay',
        'DAY',
        'metakockaSyncRun.stream',
        null,
      ],
      [
        'Twenty API calls per day',
        'SUM',
        'metakockaSyncRun.apiCallsTwenty',
        'metakockaSyncRun.startedDay',
        'DAY',
        'metakockaSyncRun.stream',
        null,
      ],
    ]);
  });

  it('splits every money chart by currency, so currencies never add up', () => {
    for (const widget of dashboards().flatMap(widgetsOf)) {
      const config = widget.configuration;
      const aggregate = model.field(model.fieldPath(config.aggregateFieldMetadataUniversalIdentifier));
      if (aggregate.type !== 'CURRENCY' || config.configurationType === 'AGGREGATE_CHART') continue;
      const splits = Object.entries(SUB_FIELD_KEYS).filter(
        ([key, sub]) =>
          config[key] === config.aggregateFieldMetadataUniversalIdentifier && config[sub] === 'currencyCode',
      );
      expect({ widget: widget.title, byCurrency: splits.length }).toEqual({ widget: widget.title, byCurrency: 1 });
    }
  });
});
