// A sync issue shows on its record's Metakocka tab (issue #12 item 10): the company the sync could not reconcile lists
// the conflict among its Metakocka sync issues, read as a user through the API.
import { useSyncWorld } from 'test/e2e/use-sync-world';

const world = useSyncWorld({ partners: 1, products: 0 });

describe('sync issues on their record', () => {
  it('lists a conflict on the company it is about', async () => {
    await world().sync({ streams: ['partners'] });
    const company = world()
      .rows('company')
      .find((c) => c.metakockaPartnerId)!;
    await world.user().companies.upsertMany([{ id: company.id, name: 'Ime v Twenty' }]); // the event is lost on purpose
    world().sandbox.store.partners.get(company.metakockaPartnerId)!.customer = 'Ime v Metakocki';

    await world().sync({ streams: ['partners'] });

    const answer = await world
      .user()
      .gateway.request<any>(
        `query { companies(filter: { id: { eq: "${company.id}" } }) { edges { node { metakockaSyncIssues { edges { node { kind conflictField status } } } } } } }`,
      );
    expect(answer.companies.edges[0].node.metakockaSyncIssues.edges.map((edge: any) => edge.node)).toEqual([
      { kind: 'CONFLICT', conflictField: 'name', status: 'OPEN' },
    ]);
  });
});
