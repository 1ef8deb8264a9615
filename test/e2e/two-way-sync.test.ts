// End to end: the built functions in the harness, against the Metakocka sandbox and the Twenty stand-in, asserting
// both systems' data after real runs.
import { rmSync } from 'node:fs';

import { ensureBuiltOutput } from 'test/twenty/harness';
import { startSyncWorld, type SyncWorld } from './sync-world';

let outputDir = '';
let world: SyncWorld;
beforeAll(async () => {
  outputDir = await ensureBuiltOutput();
}, 600_000);
beforeEach(async () => {
  world = await startSyncWorld(outputDir);
});
afterEach(async () => world?.close());
afterAll(() => outputDir && rmSync(outputDir, { recursive: true, force: true }));

describe('full two-way sync', () => {
  it('brings every Metakocka partner, contact and product into Twenty, bound and without duplicates', async () => {
    const result = await world.sync();
    expect(result.status).toBe(200);
    expect(result.jobs.failed).toBe(0);
    const partners = world.sandbox.store.partners.list();
    const companies = world.rows('company');
    const people = world.rows('person');
    for (const partner of partners.filter((p) => p.businessEntity)) {
      expect(companies.filter((c) => c.metakockaPartnerId === partner.mkId)).toEqual([
        expect.objectContaining({ name: partner.customer.trim() }),
      ]);
    }
    for (const partner of partners.filter((p) => !p.businessEntity)) {
      expect(people.filter((p) => p.metakockaPartnerId === partner.mkId)).toHaveLength(1);
    }
    const products = world.sandbox.store.products.list();
    const twentyProducts = world.rows('metakockaProduct');
    expect(twentyProducts).toHaveLength(products.length);
    for (const product of products)
      expect(twentyProducts.filter((p) => p.metakockaId === product.mkId)).toEqual([
        expect.objectContaining({ code: product.code, name: product.name }),
      ]);
    const runs = world.rows('metakockaSyncRun');
    expect(runs.map((r) => r.status).sort()).toEqual(['SUCCEEDED', 'SUCCEEDED']);
  });
});

describe('both directions and a quiet second run', () => {
  it('sends Twenty-made companies and contacts to Metakocka, and a second run without changes writes no record', async () => {
    const { createCrm } = await import('server/crm');
    const user = createCrm({ apiUrl: world.standIn.url, token: world.standIn.apiKey });
    const [company] = await user.companies.upsertMany([
      { name: 'Iz Twentyja d.o.o.', metakockaTaxNumber: 'SI31313131' },
    ]);
    const [person] = await user.people.upsertMany([
      {
        name: { firstName: 'Jana', lastName: 'Kos' },
        emails: { primaryEmail: 'jana.kos@iz-twentyja.example' },
        companyId: company!.id,
      },
    ]);
    await world.harness.databaseEvents('company.created', [{ recordId: company!.id, after: company as never }]);
    await world.harness.databaseEvents('person.created', [{ recordId: person!.id, after: person as never }]);
    await world.sync();
    const partner = world.sandbox.store.partners.list().find((p) => p.customer === 'Iz Twentyja d.o.o.')!;
    expect(partner).toMatchObject({ taxIdNumber: 'SI31313131', businessEntity: true });
    expect(partner.contacts.filter((c) => c.email === 'jana.kos@iz-twentyja.example')).toHaveLength(1);
    expect(world.rows('person').find((p) => p.id === person!.id)).toMatchObject({
      metakockaContactId: partner.contacts.find((c) => c.email === 'jana.kos@iz-twentyja.example')!.mkId,
    });

    const before = world.standIn.calls.byRoot();
    const mkWritesBefore = world.sandbox.calls.byMethod();
    await world.sync();
    const after = world.standIn.calls.byRoot();
    for (const root of ['createCompanies', 'createPeople', 'createMetakockaProducts'])
      expect(after[root] ?? 0).toBe(before[root] ?? 0);
    for (const method of ['add_partner', 'update_partner'])
      expect(world.sandbox.calls.byMethod()[method] ?? 0).toBe(mkWritesBefore[method] ?? 0);
  });
});
