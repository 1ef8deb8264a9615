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
      expect(companies.filter((c) => c.metakockaPartnerId === partner.mkId)).toEqual([expect.objectContaining({ name: partner.customer.trim() })]);
    }
    for (const partner of partners.filter((p) => !p.businessEntity)) {
      expect(people.filter((p) => p.metakockaPartnerId === partner.mkId)).toHaveLength(1);
    }
    const products = world.sandbox.store.products.list();
    const twentyProducts = world.rows('metakockaProduct');
    expect(twentyProducts).toHaveLength(products.length);
    for (const product of products) expect(twentyProducts.filter((p) => p.metakockaId === product.mkId)).toEqual([expect.objectContaining({ code: product.code, name: product.name })]);
    const runs = world.rows('metakockaSyncRun');
    expect(runs.map((r) => r.status).sort()).toEqual(['SUCCEEDED', 'SUCCEEDED']);
  });
});
