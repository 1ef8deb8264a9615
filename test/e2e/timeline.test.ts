// The sync timeline end to end (issue 18 item 3, D81): the built functions in the harness against the sandbox and the
// stand-in. After an incremental run, rows of the app's timeline activity type sit on exactly the records that changed,
// naming the fields and the direction; a first full sync writes none; a Twenty that refuses them costs one INFO issue.
import { SYNC_EVENT_TIMELINE_ACTIVITY_TYPE_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { createDocumentRepos } from 'server/crm/sales-documents';
import { useSyncWorld } from './use-sync-world';

const world = useSyncWorld({ partners: 6, products: 8, documents: 12 });

const STREAMS = [['partners', 'products'], ['documents']];

async function syncAll() {
  for (const streams of STREAMS) expect((await world().sync({ streams })).jobs.failed).toBe(0);
}

/** The app's rows, as `object:recordId` → { event, fields } (one row per record and event). */
function appTimeline() {
  const type = world().standIn.timelineTypes.find(
    (t) => t.universalIdentifier === SYNC_EVENT_TIMELINE_ACTIVITY_TYPE_UNIVERSAL_IDENTIFIER,
  )!;
  const targets = [
    ['targetCompanyId', 'company'],
    ['targetPersonId', 'person'],
    ['targetMetakockaProductId', 'metakockaProduct'],
    ['targetMetakockaSalesDocumentId', 'metakockaSalesDocument'],
  ] as const;
  return world()
    .rows('timelineActivity')
    .filter((row) => row.timelineActivityTypeId === type.id)
    .map((row) => {
      const [field, object] = targets.find(([f]) => row[f])!;
      return {
        record: `${object}:${row[field]}`,
        event: row.properties.event as string,
        fields: [...((row.properties.fields as string[]) ?? [])].sort(),
      };
    })
    .sort((a, b) => `${a.record}${a.event}`.localeCompare(`${b.record}${b.event}`));
}

/** Changes on both sides after a first sync: a partner's name and a product's name in Metakocka, a document's title
 *  (its name in Twenty) in Metakocka, another company's name in Twenty, and an offer on both sides. Returns the Twenty
 *  records they concern. */
async function changeBothSides() {
  const { sandbox } = world();
  const companies = world().rows('company');
  const [pulledCompany, pushedCompany] = companies.filter((c) => c.metakockaPartnerId);
  sandbox.store.partners.get(pulledCompany!.metakockaPartnerId)!.customer = 'Preimenovano podjetje d.o.o.';
  const product = world().rows('metakockaProduct')[0]!;
  sandbox.store.products.get(product.metakockaId)!.name = 'Preimenovan izdelek';
  sandbox.store.touchProduct(product.metakockaId);
  const offers = new Set(sandbox.store.documents.byType('sales_offer').map((d) => d.mkId));
  const documents = world().rows('metakockaSalesDocument');
  // Offers: a small company's are all read again on every run, so a change in Metakocka is met at once.
  const [document, conflicted] = documents.filter((d) => offers.has(d.metakockaId));
  sandbox.store.documents.get(document!.metakockaId)!.head.title = 'Spremenjen naslov';
  sandbox.store.touchDocument(document!.metakockaId);
  // An offer changed on both sides: under the default policy ("ask") a conflict, and nothing written.
  await createDocumentRepos(world.user().gateway).documents.upsertMany([
    { id: conflicted!.id, name: 'Ponudba, popravljena v Twenty' },
  ]);
  sandbox.store.documents.get(conflicted!.metakockaId)!.head.title = 'Ponudba, popravljena v Metakocki';
  sandbox.store.touchDocument(conflicted!.metakockaId);
  const written = await world.write('company', { id: pushedCompany!.id, name: 'Ime iz Twentyja d.o.o.' });
  await world().harness.databaseEvents(written.eventName, [written.event]);
  return {
    pulledCompany: pulledCompany!,
    pushedCompany: pushedCompany!,
    product,
    document: document!,
    conflicted: conflicted!,
  };
}

/** Each change reached the other side (or Twenty, for Metakocka's). */
function expectBothSidesChanged(changed: Awaited<ReturnType<typeof changeBothSides>>) {
  const row = (object: string, id: string) =>
    world()
      .rows(object)
      .find((r) => r.id === id)!;
  expect(row('company', changed.pulledCompany.id).name).toBe('Preimenovano podjetje d.o.o.');
  expect(world().sandbox.store.partners.get(changed.pushedCompany.metakockaPartnerId)!.customer).toBe(
    'Ime iz Twentyja d.o.o.',
  );
  expect(row('metakockaProduct', changed.product.id).name).toBe('Preimenovan izdelek');
  expect(row('metakockaSalesDocument', changed.document.id).name).toContain('Spremenjen naslov');
}

describe('sync timeline', () => {
  it('writes no event on a first full sync, then one row per changed record with its fields and direction', async () => {
    await syncAll();
    expect(appTimeline()).toEqual([]);

    const changed = await changeBothSides();
    const callsBefore = world().standIn.calls.byRoot().createTimelineActivities ?? 0;
    await syncAll();

    const conflict = world()
      .rows('metakockaSyncIssue')
      .find((i) => i.kind === 'CONFLICT' && i.salesDocumentId === changed.conflicted.id)!;
    expect(conflict).toMatchObject({ status: 'OPEN' });
    expect(appTimeline()).toEqual(
      [
        { record: `company:${changed.pulledCompany.id}`, event: 'pulled', fields: ['name'] },
        { record: `company:${changed.pushedCompany.id}`, event: 'pushed', fields: ['name'] },
        { record: `metakockaProduct:${changed.product.id}`, event: 'pulled', fields: ['name'] },
        { record: `metakockaSalesDocument:${changed.document.id}`, event: 'pulled', fields: ['name'] },
        {
          record: `metakockaSalesDocument:${changed.conflicted.id}`,
          event: 'conflictRaised',
          fields: [conflict.conflictField],
        },
      ].sort((a, b) => `${a.record}${a.event}`.localeCompare(`${b.record}${b.event}`)),
    );
    expectBothSidesChanged(changed);
    // Batches, not rows: one call per page of changes, fewer calls than rows would take one by one.
    const calls = (world().standIn.calls.byRoot().createTimelineActivities ?? 0) - callsBefore;
    expect(calls).toBeGreaterThan(0);
    expect(calls).toBeLessThanOrEqual(5); // partners page, push job, products page, documents pages (per type, 10 a job)
    expect(world().standIn.calls.byRoot().createTimelineActivity ?? 0).toBe(0);
  });

  it('writes a page’s events exactly once when Twenty rate-limits the timeline write and the job is retried', async () => {
    await syncAll();
    const company = world()
      .rows('company')
      .find((c) => c.metakockaPartnerId)!;
    world().sandbox.store.partners.get(company.metakockaPartnerId)!.customer = 'Preimenovano podjetje d.o.o.';
    world().standIn.core.limitNext('createTimelineActivities', 1);
    const callsBefore = world().standIn.calls.byRoot().createTimelineActivities ?? 0;

    expect((await world().sync({ streams: ['partners'] })).jobs.failed).toBe(0);

    // The first write was turned away, the retry wrote the page's events: one row, on the renamed company.
    expect((world().standIn.calls.byRoot().createTimelineActivities ?? 0) - callsBefore).toBe(2);
    expect(appTimeline()).toEqual([{ record: `company:${company.id}`, event: 'pulled', fields: ['name'] }]);
    expect(
      world()
        .rows('company')
        .find((c) => c.id === company.id)!.name,
    ).toBe('Preimenovano podjetje d.o.o.');
  });

  it('goes on without events when Twenty refuses them, with one INFO issue, and both sides right', async () => {
    await syncAll();
    world().standIn.permissions.restrictApp('timelineActivity', { canUpdateObjectRecords: false });
    const changed = await changeBothSides();
    await syncAll();

    expect(appTimeline()).toEqual([]);
    const refused = world()
      .rows('metakockaSyncIssue')
      .filter((i) => i.errorCode === 'TIMELINE_REFUSED');
    expect(refused).toEqual([expect.objectContaining({ severity: 'INFO', status: 'OPEN' })]);
    const runs = world().rows('metakockaSyncRun');
    expect(runs.filter((r) => r.status !== 'SUCCEEDED' && r.status !== 'COMPLETED_WITH_ISSUES')).toEqual([]);
    expectBothSidesChanged(changed);
  });
});
