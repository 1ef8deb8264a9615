// Binding fields are the app's (issue 12 item 5, D40). A user's token cannot write a binding id or the exclusion flag;
// and if a binding changes anyway (written by another app path), the sync raises a conflict with both bindings instead
// of pushing one partner's record over another's, even under "Twenty wins". Resolving it is audited.
import { createCrm } from 'server/crm';
import { SYNC_ROUTES } from 'plugin/constants/route-paths';
import { MANAGER } from 'test/e2e/sync-world';
import { useSyncWorld } from 'test/e2e/use-sync-world';

const world = useSyncWorld({ partners: 8, products: 0 });
const MEMBER = '2d4f6a8c-1e3b-4d5f-8a7c-9b0e1f2a3c4d';

const boundCompanies = () =>
  world()
    .rows('company')
    .filter((c) => c.metakockaPartnerId)
    .sort((a, b) => String(a.id).localeCompare(String(b.id)));
const partnerName = (mkId: string) => world().sandbox.store.partners.get(mkId)!.customer;

describe('binding fields', () => {
  it('refuse a user token writing a partner id or the exclusion flag (a member and a manager alike), and still take a rename', async () => {
    await world().sync({ streams: ['partners'] });
    const [company] = boundCompanies();
    for (const flags of [[], ['MANAGE_METAKOCKA']]) {
      const user = createCrm({ apiUrl: world().standIn.url, token: world().standIn.tokens.user(MEMBER, flags) });
      await expect(user.companies.upsertMany([{ id: company!.id, metakockaPartnerId: null }])).rejects.toThrow(
        /metakockaPartnerId/,
      );
      await expect(user.companies.upsertMany([{ id: company!.id, metakockaSyncExcluded: true }])).rejects.toThrow(
        /metakockaSyncExcluded/,
      );
      await expect(
        user.people.upsertMany([{ name: { firstName: 'Ana', lastName: 'Kos' }, metakockaContactId: '42' }]),
      ).rejects.toThrow(/metakockaContactId/);
    }
    const user = createCrm({ apiUrl: world().standIn.url, token: world().standIn.tokens.user(MEMBER, []) });
    await user.companies.upsertMany([{ id: company!.id, name: 'Preimenovano d.o.o.' }]);
    expect(
      world()
        .rows('company')
        .find((c) => c.id === company!.id),
    ).toMatchObject({
      name: 'Preimenovano d.o.o.',
      metakockaPartnerId: company!.metakockaPartnerId,
      metakockaSyncExcluded: false,
    });
  });

  it('treat a binding moved to another record as a conflict under "Twenty wins": partner B keeps its name; keeping Metakocka restores both', async () => {
    const saved = await world().harness.route(`/s${SYNC_ROUTES.settingsSave}`, {
      method: 'POST',
      body: { conflicts: { partners: 'twenty-wins' } },
      as: MANAGER,
    });
    expect(saved.status).toBe(200);
    await world().sync({ streams: ['partners'] });
    const [a, b] = boundCompanies();
    const [partnerA, partnerB] = [a!.metakockaPartnerId as string, b!.metakockaPartnerId as string];
    const [nameA, nameB] = [partnerName(partnerA), partnerName(partnerB)];

    // Another path (not a user's token, which the stand-in refuses) clears B's id, gives A B's id and renames A.
    const clearedB = await world.write('company', { id: b!.id, metakockaPartnerId: null });
    const movedA = await world.write('company', {
      id: a!.id,
      metakockaPartnerId: partnerB,
      name: 'Prevzeto ime d.o.o.',
    });
    await world().harness.databaseEvents('company.updated', [clearedB.event, movedA.event]);
    await world().drain();
    await world().sync({ streams: ['partners'] });

    expect(partnerName(partnerB)).toBe(nameB);
    expect(partnerName(partnerA)).toBe(nameA);
    expect(
      world()
        .rows('company')
        .find((c) => c.id === a!.id),
    ).toMatchObject({ name: 'Prevzeto ime d.o.o.', metakockaPartnerId: partnerB });
    const conflicts = world()
      .rows('metakockaSyncIssue')
      .filter((i) => i.kind === 'CONFLICT' && i.conflictField === 'binding' && i.status === 'OPEN');
    expect(conflicts).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          recordId: a!.id,
          twentyValue: `partner ${partnerB}`,
          metakockaValue: `partner ${partnerA}`,
        }),
        expect.objectContaining({ recordId: b!.id, twentyValue: 'none', metakockaValue: `partner ${partnerB}` }),
      ]),
    );
    expect(conflicts).toHaveLength(2);

    const resolve = (issueId: string) =>
      world().harness.route(`/s${SYNC_ROUTES.resolveConflict}`, {
        method: 'POST',
        body: { issueId, keep: 'metakocka' },
        as: MANAGER,
      });
    const conflictOf = (id: string) => conflicts.find((i) => i.recordId === id)!;
    const blocked = await resolve(conflictOf(b!.id).id); // A still holds B's partner
    expect(blocked.status).toBe(422);
    expect((blocked.body as { error: string }).error).toContain(`company "Prevzeto ime d.o.o." (${a!.id})`);
    expect((await resolve(conflictOf(a!.id).id)).status).toBe(200);
    expect((await resolve(conflictOf(b!.id).id)).status).toBe(200);
    await world().drain();
    await world().sync({ streams: ['partners'] });

    const rows = new Map(
      world()
        .rows('company')
        .map((c) => [c.id, c]),
    );
    // Restored under the hashes the sync wrote for them: A's rename now goes to A's own partner, B is as it was.
    expect(rows.get(a!.id)).toMatchObject({ metakockaPartnerId: partnerA, name: 'Prevzeto ime d.o.o.' });
    expect(partnerName(partnerA)).toBe('Prevzeto ime d.o.o.');
    expect(rows.get(b!.id)).toMatchObject({ metakockaPartnerId: partnerB, name: nameB });
    expect(partnerName(partnerB)).toBe(nameB);
    expect(
      world()
        .rows('metakockaSyncIssue')
        .filter((i) => i.conflictField === 'binding' && i.status === 'OPEN'),
    ).toHaveLength(0);
    expect(
      world()
        .rows('metakockaAuditEntry')
        .filter((e) => e.action === 'conflict.resolved'),
    ).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          actorWorkspaceMemberId: MANAGER.workspaceMemberId,
          target: `company ${a!.id}`,
          before: `Twenty: partner ${partnerB}; Metakocka: partner ${partnerA}`,
          after: `binding: partner ${partnerA}`,
        }),
        expect.objectContaining({ actorWorkspaceMemberId: MANAGER.workspaceMemberId, target: `company ${b!.id}` }),
      ]),
    );
  });
});
