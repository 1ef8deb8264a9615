// push-records: pushes the listed companies and people to Metakocka and binds them.
import { useSyncWorld } from 'test/e2e/use-sync-world';

const world = useSyncWorld({ partners: 0, products: 0 });

describe('push-records', () => {
  it('creates a partner for a listed company and writes its partner id back', async () => {
    const [company] = await world
      .user()
      .companies.upsertMany([{ name: 'Push Test d.o.o.', metakockaTaxNumber: 'SI12312312' }]);
    world().harness.enqueue('push-records', { companyIds: [company!.id], personIds: [] });
    await world().drain();
    const partners = world().sandbox.store.partners.list();
    expect(partners).toEqual([
      expect.objectContaining({ customer: 'Push Test d.o.o.', taxIdNumber: 'SI12312312', businessEntity: true }),
    ]);
    expect(world().rows('company')[0]).toMatchObject({
      metakockaPartnerId: partners[0]!.mkId,
      metakockaPartnerCode: partners[0]!.countCode,
    });
  });
});
