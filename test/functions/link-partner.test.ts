// link-partner (route /metakocka/sync/link-partner): a manager binds a record to an existing Metakocka partner by its
// code or tax number (D40); a partner another record holds is refused with that record named; members are refused.
import { SYNC_ROUTES } from 'plugin/constants/route-paths';
import { MANAGER } from 'test/e2e/sync-world';
import { useSyncWorld } from 'test/e2e/use-sync-world';

const world = useSyncWorld({ partners: 8, products: 0 });
const PATH = `/s${SYNC_ROUTES.linkPartner}`; // '/metakocka/sync/link-partner'
const MEMBER = { workspaceMemberId: '3c2b1a09-8f7e-4d6c-9b5a-4e3d2c1b0a19', flags: [] };

/** Two synced companies whose partners carry a tax number, unlinked by the manager so their partners are free. */
async function freePartners() {
  await world().sync({ streams: ['partners'] });
  const bound = world()
    .rows('company')
    .filter((c) => c.metakockaPartnerId && world().sandbox.store.partners.get(c.metakockaPartnerId)!.taxIdNumber);
  expect(bound.length).toBeGreaterThanOrEqual(2);
  for (const company of bound.slice(0, 2)) {
    const reply = await world().harness.route(`/s${SYNC_ROUTES.recordAction}`, {
      method: 'POST',
      body: { action: 'unlink', object: 'company', recordId: company.id },
      as: MANAGER,
    });
    expect(reply.status).toBe(200);
  }
  return bound.slice(0, 2).map((c) => world().sandbox.store.partners.get(c.metakockaPartnerId)!);
}

describe('link-partner', () => {
  it('links by partner code and by tax number, brings Metakocka’s values in, and writes an audit entry naming the manager', async () => {
    const [byCode, byTax] = await freePartners();
    const [first, second] = await world
      .user()
      .companies.upsertMany([{ name: 'Nova stranka A' }, { name: 'Nova stranka B' }]);

    const linked = await world().harness.route(PATH, {
      method: 'POST',
      body: { object: 'company', recordId: first!.id, partnerCode: byCode!.countCode },
      as: MANAGER,
    });
    expect(linked).toMatchObject({
      status: 200,
      body: { ok: true, partner: { mkId: byCode!.mkId, code: byCode!.countCode } },
    });
    const spaced = byTax!.taxIdNumber!.replace(/^(\w{2})(\d{4})/, '$1 $2 '); // typed with spaces, found normalised
    const byTaxReply = await world().harness.route(PATH, {
      method: 'POST',
      body: { object: 'company', recordId: second!.id, taxNumber: spaced },
      as: MANAGER,
    });
    expect(byTaxReply).toMatchObject({ status: 200, body: { ok: true, partner: { mkId: byTax!.mkId } } });
    await world().drain();

    const rows = new Map(
      world()
        .rows('company')
        .map((c) => [c.id, c]),
    );
    expect(rows.get(first!.id)).toMatchObject({
      metakockaPartnerId: byCode!.mkId,
      name: byCode!.customer,
      metakockaSyncExcluded: false,
    });
    expect(rows.get(second!.id)).toMatchObject({ metakockaPartnerId: byTax!.mkId, name: byTax!.customer });
    expect(world().sandbox.store.partners.get(byCode!.mkId)!.customer).toBe(byCode!.customer); // nothing pushed over it
    expect(
      world()
        .rows('metakockaAuditEntry')
        .filter((e) => e.action === 'record.linked'),
    ).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          actorWorkspaceMemberId: MANAGER.workspaceMemberId,
          target: `company ${first!.id}`,
          before: 'binding none; excluded: no',
          after: `binding partner ${byCode!.mkId}; excluded: no`,
        }),
        expect.objectContaining({ actorWorkspaceMemberId: MANAGER.workspaceMemberId, target: `company ${second!.id}` }),
      ]),
    );
  });

  it('links a person to a private-person partner (partner and contact id), and refuses that partner for a company', async () => {
    await world().sync({ streams: ['partners'] });
    const synced = world()
      .rows('person')
      .find((p) => p.metakockaPartnerId)!;
    const partner = world().sandbox.store.partners.get(synced.metakockaPartnerId)!;
    expect(
      (
        await world().harness.route(`/s${SYNC_ROUTES.recordAction}`, {
          method: 'POST',
          body: { action: 'unlink', object: 'person', recordId: synced.id },
          as: MANAGER,
        })
      ).status,
    ).toBe(200);
    // The unlinked person keeps the partner's e-mail, which Twenty keeps unique: it moves to another address first.
    await world.user().people.upsertMany([{ id: synced.id, emails: { primaryEmail: 'stari.naslov@example.si' } }]);
    const [person] = await world.user().people.upsertMany([{ name: { firstName: 'Nova', lastName: 'Oseba' } }]);
    const [company] = await world.user().companies.upsertMany([{ name: 'Podjetje d.o.o.' }]);

    const wrongKind = await world().harness.route(PATH, {
      method: 'POST',
      body: { object: 'company', recordId: company!.id, partnerCode: partner.countCode },
      as: MANAGER,
    });
    expect(wrongKind).toMatchObject({ status: 409, body: { error: expect.stringContaining('a private person') } });
    const linked = await world().harness.route(PATH, {
      method: 'POST',
      body: { object: 'person', recordId: person!.id, partnerCode: partner.countCode },
      as: MANAGER,
    });
    expect(linked.status).toBe(200);
    await world().drain();
    expect(
      world()
        .rows('person')
        .find((p) => p.id === person!.id),
    ).toMatchObject({
      metakockaPartnerId: partner.mkId,
      metakockaContactId: partner.contacts[0]!.mkId,
      name: { firstName: partner.customer.split(' ')[0] },
    });
  });

  it('refuses a partner another record holds, naming it, and refuses a member without "Manage Metakocka"', async () => {
    const [partner] = await freePartners();
    const [holder, other] = await world
      .user()
      .companies.upsertMany([{ name: 'Prva d.o.o.' }, { name: 'Druga d.o.o.' }]);
    expect(
      (
        await world().harness.route(PATH, {
          method: 'POST',
          body: { object: 'company', recordId: holder!.id, partnerCode: partner!.countCode },
          as: MANAGER,
        })
      ).status,
    ).toBe(200);

    const taken = await world().harness.route(PATH, {
      method: 'POST',
      body: { object: 'company', recordId: other!.id, partnerCode: partner!.countCode },
      as: MANAGER,
    });
    expect(taken.status).toBe(409);
    expect((taken.body as { error: string }).error).toContain(`company "Prva d.o.o." (${holder!.id})`);
    const member = await world().harness.route(PATH, {
      method: 'POST',
      body: { object: 'company', recordId: other!.id, partnerCode: partner!.countCode },
      as: MEMBER,
    });
    expect(member.status).toBe(403);
    const unknown = await world().harness.route(PATH, {
      method: 'POST',
      body: { object: 'company', recordId: other!.id, partnerCode: 'NI-TAKE-ŠIFRE' },
      as: MANAGER,
    });
    expect(unknown).toMatchObject({ status: 404, body: { error: expect.stringContaining('NI-TAKE-ŠIFRE') } });
    expect(
      world()
        .rows('company')
        .find((c) => c.id === other!.id)!.metakockaPartnerId ?? null,
    ).toBeNull();
  });
});
