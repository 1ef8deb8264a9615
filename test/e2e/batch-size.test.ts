// The `batchSize` sync setting (docs/sync-settings.md): a manager lowers it, and the sync writes records to Twenty in
// calls of at most that many, bringing every record across (issue #12 item 10; it used to be ignored).
import { SYNC_ROUTES } from 'plugin/constants/route-paths';
import { MANAGER } from 'test/e2e/sync-world';
import { useSyncWorld } from 'test/e2e/use-sync-world';

const world = useSyncWorld({ partners: 0, products: 60 });

const productWrites = () => world().standIn.calls.byRoot().createMetakockaProducts ?? 0;

describe('batchSize', () => {
  it('writes 60 products in three calls of at most 25 after a manager sets batchSize 25', async () => {
    const saved = await world().harness.route(`/s${SYNC_ROUTES.settingsSave}`, {
      method: 'POST',
      body: { batchSize: 25 },
      as: MANAGER,
    });
    expect(saved.status).toBe(200);
    world().standIn.calls.reset();

    expect((await world().sync({ streams: ['products'] })).jobs.failed).toBe(0);

    expect(world().rows('metakockaProduct')).toHaveLength(60);
    expect(productWrites()).toBe(3);
  });

  it('writes them in one call with the default of 200', async () => {
    world().standIn.calls.reset();

    expect((await world().sync({ streams: ['products'] })).jobs.failed).toBe(0);

    expect(world().rows('metakockaProduct')).toHaveLength(60);
    expect(productWrites()).toBe(1);
  });
});
