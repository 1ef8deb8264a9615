// sync-cron: starts the streams that are due, and only those.
import { useSyncWorld } from 'test/e2e/use-sync-world';

const world = useSyncWorld({ partners: 3, products: 6 });

describe('sync-cron', () => {
  it('starts every due stream, whose jobs bring partners and products into Twenty; a second tick right after starts nothing', async () => {
    const { harness, sandbox } = world();
    await harness.cron('sync-cron');
    await world().drain();
    expect(world().rows('metakockaProduct')).toHaveLength(sandbox.store.products.count());
    expect(
      world()
        .rows('metakockaSyncRun')
        .map((r) => r.trigger)
        .sort(),
    ).toEqual(['SCHEDULE', 'SCHEDULE']);
    await harness.cron('sync-cron');
    await world().drain();
    expect(world().rows('metakockaSyncRun')).toHaveLength(2);
  });
});
