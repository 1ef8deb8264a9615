// record-sync-action (route /metakocka/sync/record-action): exclude, include, resync, unlink one record.
import { SYNC_ROUTES } from 'plugin/constants/route-paths';
import { MANAGER } from 'test/e2e/sync-world';
import { useSyncWorld } from 'test/e2e/use-sync-world';

const world = useSyncWorld({ partners: 1, products: 0 });
const PATH = `/s${SYNC_ROUTES.recordAction}`; // '/metakocka/sync/record-action'

describe('record-sync-action', () => {
  it('excludes a company so a later pull leaves it untouched, and refuses a malformed request', async () => {
    await world().sync({ streams: ['partners'] });
    const company = world()
      .rows('company')
      .find((c) => c.metakockaPartnerId)!;
    const reply = await world().harness.route(PATH, {
      method: 'POST',
      body: { action: 'exclude', object: 'company', recordId: company.id },
      as: MANAGER,
    });
    expect(reply.status).toBe(200);
    world().sandbox.store.partners.get(company.metakockaPartnerId)!.customer = 'Spremenjeno v MK';
    await world().sync({ streams: ['partners'] });
    expect(
      world()
        .rows('company')
        .find((c) => c.id === company.id),
    ).toMatchObject({ name: company.name, metakockaSyncExcluded: true });
    const bad = await world().harness.route(PATH, {
      method: 'POST',
      body: { action: 'explode', object: 'company', recordId: company.id },
      as: MANAGER,
    });
    expect(bad.status).toBe(400);
  });

  it('answers that an excluded company is excluded and how to include it, instead of "Queued", and syncs nothing', async () => {
    await world().sync({ streams: ['partners'] });
    const company = world()
      .rows('company')
      .find((c) => c.metakockaPartnerId)!;
    await world().harness.route(PATH, {
      method: 'POST',
      body: { action: 'exclude', object: 'company', recordId: company.id },
      as: MANAGER,
    });
    await world.user().companies.upsertMany([{ id: company.id, name: 'Novo ime v Twenty' }]);

    const reply = await world().harness.route(PATH, {
      method: 'POST',
      body: { action: 'resync', object: 'company', recordId: company.id },
      as: MANAGER,
    });
    await world().drain();

    expect(reply).toMatchObject({
      status: 422,
      body: {
        code: 'RECORD_EXCLUDED',
        error: expect.stringContaining('excluded from the Metakocka sync'),
        action: expect.stringContaining('Include in Metakocka sync again'),
      },
    });
    expect(world().sandbox.store.partners.get(company.metakockaPartnerId)!.customer).toBe(company.name);
  });

  it('writes an audit entry naming the manager for exclude, include and unlink, with the state before and after; refuses a member', async () => {
    await world().sync({ streams: ['partners'] });
    const company = world()
      .rows('company')
      .find((c) => c.metakockaPartnerId)!;
    const act = (action: string, as: { workspaceMemberId: string; flags: string[] } = MANAGER) =>
      world().harness.route(PATH, { method: 'POST', body: { action, object: 'company', recordId: company.id }, as });
    const member = await act('exclude', { workspaceMemberId: '5e4d3c2b-1a09-4f8e-8d7c-6b5a4f3e2d1c', flags: [] });
    expect(member.status).toBe(403);
    for (const action of ['exclude', 'include', 'unlink']) expect((await act(action)).status).toBe(200);
    const bound = `binding partner ${company.metakockaPartnerId}`;
    const entries = world()
      .rows('metakockaAuditEntry')
      .filter((e) => e.target === `company ${company.id}`);
    expect(
      entries.map(({ action, actorWorkspaceMemberId, before, after }) => ({
        action,
        actorWorkspaceMemberId,
        before,
        after,
      })),
    ).toEqual(
      expect.arrayContaining([
        {
          action: 'record.excluded',
          actorWorkspaceMemberId: MANAGER.workspaceMemberId,
          before: `${bound}; excluded: no`,
          after: `${bound}; excluded: yes`,
        },
        {
          action: 'record.included',
          actorWorkspaceMemberId: MANAGER.workspaceMemberId,
          before: `${bound}; excluded: yes`,
          after: `${bound}; excluded: no`,
        },
        {
          action: 'record.unlinked',
          actorWorkspaceMemberId: MANAGER.workspaceMemberId,
          before: `${bound}; excluded: no`,
          after: 'binding none; excluded: yes',
        },
      ]),
    );
    expect(entries).toHaveLength(3);
  });
});
