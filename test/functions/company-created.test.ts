// company-created: a company created in Twenty becomes a Metakocka partner, once.
import { useSyncWorld } from 'test/e2e/use-sync-world';

const world = useSyncWorld({ partners: 0, products: 0 });

describe('company-created', () => {
  it('creates the partner with name, tax number and address, and binds the company', async () => {
    const {
      row: company,
      eventName,
      event,
    } = await world.write('company', {
      name: 'Nova Firma d.o.o.',
      metakockaTaxNumber: 'SI 4545 4545',
      address: {
        addressStreet1: 'Celovška 10',
        addressPostcode: '1000',
        addressCity: 'Ljubljana',
        addressCountry: 'Slovenija',
      },
    });
    await world().harness.databaseEvents(eventName, [event]);
    await world().drain();
    const [partner] = world().sandbox.store.partners.list();
    expect(partner).toMatchObject({ customer: 'Nova Firma d.o.o.', taxIdNumber: 'SI45454545' });
    expect(partner!.addresses.find((a) => a.type === 'Račun')).toMatchObject({
      street: 'Celovška 10',
      postNumber: '1000',
      city: 'Ljubljana',
    });
    expect(
      world()
        .rows('company')
        .find((c) => c.id === company.id),
    ).toMatchObject({ metakockaPartnerId: partner!.mkId });
    expect(world().sandbox.store.partners.count()).toBe(1);
  });
});
