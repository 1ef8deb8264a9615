// resolve-conflict (route /metakocka/sync/conflicts/resolve): a conflict under "ask" is closed by picking a side.
import { SYNC_ROUTES } from 'plugin/constants/route-paths';
import { SYNC_EVENT_TIMELINE_ACTIVITY_TYPE_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { MANAGER } from 'test/e2e/sync-world';
import { useSyncWorld } from 'test/e2e/use-sync-world';

const world = useSyncWorld({ partners: 1, products: 0 });
const PATH = `/s${SYNC_ROUTES.resolveConflict}`; // '/metakocka/sync/conflicts/resolve'

describe('resolve-conflict', () => {
  it('keeps the Twenty value: writes it to Metakocka and resolves the conflict issue', async () => {
    await world().sync({ streams: ['partners'] });
    const company = world()
      .rows('company')
      .find((c) => c.metakockaPartnerId)!;
    await world.user().companies.upsertMany([{ id: company.id, name: 'Ime v Twenty' }]); // the event is lost on purpose
    const partner = world().sandbox.store.partners.get(company.metakockaPartnerId)!;
    partner.customer = 'Ime v Metakocki';
    await world().sync({ streams: ['partners'] });
    const conflict = world()
      .rows('metakockaSyncIssue')
      .find((i) => i.kind === 'CONFLICT')!;
    expect(conflict).toMatchObject({
      conflictField: 'name',
      twentyValue: 'Ime v Twenty',
      metakockaValue: 'Ime v Metakocki',
      status: 'OPEN',
    });
    const reply = await world().harness.route(PATH, {
      method: 'POST',
      body: { issueId: conflict.id, keep: 'twenty' },
      as: MANAGER,
    });
    expect(reply.status).toBe(200);
    expect(world().sandbox.store.partners.get(company.metakockaPartnerId)!.customer).toBe('Ime v Twenty');
    expect(
      world()
        .rows('metakockaSyncIssue')
        .find((i) => i.id === conflict.id),
    ).toMatchObject({ status: 'RESOLVED' });
    // The company's timeline holds the conflict raised by the run and resolved by the manager (D81).
    const type = world().standIn.timelineTypes.find(
      (t) => t.universalIdentifier === SYNC_EVENT_TIMELINE_ACTIVITY_TYPE_UNIVERSAL_IDENTIFIER,
    )!;
    expect(
      world()
        .rows('timelineActivity')
        .filter((row) => row.timelineActivityTypeId === type.id)
        .map((row) => [row.targetCompanyId, row.properties.event, row.properties.fields]),
    ).toEqual([
      [company.id, 'conflictRaised', ['name']],
      [company.id, 'conflictResolved', ['name']],
    ]);
    await world().sync({ streams: ['partners'] });
    expect(
      world()
        .rows('metakockaSyncIssue')
        .filter((i) => i.status === 'OPEN'),
    ).toHaveLength(0);
  });
});
