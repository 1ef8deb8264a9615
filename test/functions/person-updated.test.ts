// person-updated: an edited contact person updates the same Metakocka contact (sent with its mk_id, API.md §2.2).
import { useSyncWorld } from 'test/e2e/use-sync-world';

const world = useSyncWorld({ partners: 2, products: 0 });

describe('person-updated', () => {
  it('updates the bound contact in place', async () => {
    await world().sync({ streams: ['partners'] });
    const person = world()
      .rows('person')
      .find((p) => p.metakockaContactId)!;
    const owner = world()
      .sandbox.store.partners.list()
      .find((p) => p.contacts.some((c) => c.mkId === person.metakockaContactId))!;
    const count = owner.contacts.length;
    const written = await world.write('person', {
      id: person.id,
      emails: { primaryEmail: 'changed.contact@firma.example' },
    });
    await world().harness.databaseEvents(written.eventName, [written.event]);
    await world().drain();
    const after = world().sandbox.store.partners.get(owner.mkId)!;
    expect(after.contacts).toHaveLength(count);
    expect(after.contacts.find((c) => c.mkId === person.metakockaContactId)!.email).toBe(
      'changed.contact@firma.example',
    );
  });
});
