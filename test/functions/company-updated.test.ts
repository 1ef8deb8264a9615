// company-updated: a user's edit reaches the partner; the sync's own writes do not echo back.
import { useSyncWorld } from 'test/e2e/use-sync-world';

const world = useSyncWorld({ partners: 2, products: 0 });

describe('company-updated', () => {
  it("sends a user's rename to Metakocka, and ignores the event of the sync's own write", async () => {
    await world().sync({ streams: ['partners'] });
    const company = world().rows('company')[0]!;
    const callsBefore = world().sandbox.calls.byMethod().update_partner ?? 0;
    // the sync's own write: delivering its event pushes nothing
    await world().harness.databaseEvents('company.updated', [
      { recordId: company.id, before: company, after: company, updatedFields: ['name'] },
    ]);
    await world().drain();
    expect(world().sandbox.calls.byMethod().update_partner ?? 0).toBe(callsBefore);
    const written = await world.write('company', { id: company.id, name: 'Preimenovano d.o.o.' });
    await world().harness.databaseEvents(written.eventName, [written.event]);
    await world().drain();
    expect(world().sandbox.store.partners.get(company.metakockaPartnerId)!.customer).toBe('Preimenovano d.o.o.');
  });
});
