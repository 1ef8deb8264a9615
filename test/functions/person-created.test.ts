// person-created: a person at a bound company becomes a contact of its partner; one without a company a private partner.
import { useSyncWorld } from 'test/e2e/use-sync-world';

const world = useSyncWorld({ partners: 1, products: 0 });

describe('person-created', () => {
  it('adds a contact to the bound partner without duplicating the existing ones', async () => {
    await world().sync({ streams: ['partners'] });
    const company = world().rows('company')[0]!;
    const partner = world().sandbox.store.partners.get(company.metakockaPartnerId)!;
    const contactsBefore = partner.contacts.length;
    const {
      row: person,
      eventName,
      event,
    } = await world.write('person', {
      name: { firstName: 'Tina', lastName: 'Kralj' },
      emails: { primaryEmail: 'tina.kralj@firma.example' },
      companyId: company.id,
    });
    await world().harness.databaseEvents(eventName, [event]);
    await world().drain();
    const after = world().sandbox.store.partners.get(company.metakockaPartnerId)!;
    expect(after.contacts).toHaveLength(contactsBefore + 1);
    const added = after.contacts.find((c) => c.email === 'tina.kralj@firma.example')!;
    expect(added.name).toBe('Tina Kralj');
    expect(
      world()
        .rows('person')
        .find((p) => p.id === person.id),
    ).toMatchObject({ metakockaContactId: added.mkId });
  });

  it('creates a private-person partner for a person without a company', async () => {
    const written = await world.write('person', {
      name: { firstName: 'Rok', lastName: 'Zupan' },
      emails: { primaryEmail: 'rok@zasebno.example' },
    });
    await world().harness.databaseEvents(written.eventName, [written.event]);
    await world().drain();
    expect(
      world()
        .sandbox.store.partners.list()
        .filter((p) => p.customer === 'Rok Zupan'),
    ).toEqual([expect.objectContaining({ businessEntity: false })]);
  });
});
