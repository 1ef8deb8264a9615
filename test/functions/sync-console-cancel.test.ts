// sync-console-cancel (route /metakocka/console/cancel): the run ends CANCELLED at the next page boundary with its pages
// whole, applies no deletion from its unfinished scan, and the next run starts from the beginning and completes.
import { consoleOf, NO_PROBLEMS } from 'test/e2e/console-world';
import { useSyncWorld } from 'test/e2e/use-sync-world';

const world = useSyncWorld({ partners: 8, products: 2500 });
const console_ = consoleOf(world);
// route '/metakocka/console/cancel'

describe('sync-console-cancel', () => {
  it('ends the run CANCELLED at a page boundary, deletes nothing, and the next run completes exactly', async () => {
    // A product Twenty holds that Metakocka no longer has: only a complete scan may deactivate it.
    const [gone] = world().standIn.seed('metakockaProduct', [
      { name: 'Odstranjen izdelek', code: 'GONE-1', metakockaId: '99999999', isActive: true },
    ]);
    await console_.saveSettings({ pagesPerJob: 1 });
    await console_.call('runNow');
    await console_.jobs(2); // partners' first page, products' first page of 1,000
    const runId = console_.run('products').id;

    const other = await console_.call('cancel', { stream: 'products', runId: 'not-this-run' });
    expect(other.body).toMatchObject({ outcome: 'other-run' });
    const cancelling = await console_.call('cancel', { stream: 'products' });
    expect(cancelling.body).toMatchObject({ outcome: 'cancelling', run: { stage: 'cancelling' } });
    await world().drain();

    expect(console_.run('products')).toMatchObject({ id: runId, status: 'CANCELLED', recordsDone: 1000 });
    expect(
      world()
        .rows('metakockaProduct')
        .filter((p) => p.metakockaId !== '99999999'),
    ).toHaveLength(1000);
    expect(
      world()
        .rows('metakockaProduct')
        .find((p) => p.id === gone!.id),
    ).toMatchObject({ isActive: true });
    const detail = await console_.call('runDetail', { recordId: runId });
    expect(detail.body.run).toMatchObject({ status: 'CANCELLED', stopCode: 'CANCELLED' });

    const again = await console_.call('runNow', { streams: ['products'] });
    expect(again.body.runs).toMatchObject([{ stream: 'products', status: 'started' }]);
    await world().drain();

    const runs = world()
      .rows('metakockaSyncRun')
      .filter((r) => r.stream === 'PRODUCTS');
    const next = runs.find((r) => r.id !== runId)!;
    // It scanned from the first page: 1,000 products already there are unchanged, 1,500 new, the stale one deactivated.
    expect(next).toMatchObject({ status: 'SUCCEEDED', unchangedCount: 1000, createdCount: 1500, deletedCount: 1 });
    expect(
      world()
        .rows('metakockaProduct')
        .find((p) => p.id === gone!.id),
    ).toMatchObject({ isActive: false });
    // The seeded product stays in Twenty, deactivated (the sync never deletes a row); the checker names it, nothing else.
    expect(console_.problems()).toEqual({
      ...NO_PROBLEMS,
      missing: ['Twenty product bound to 99999999, which Metakocka does not have'],
    });
    expect(
      world()
        .rows('metakockaAuditEntry')
        .map((e) => e.action),
    ).toContain('console.cancelled');
  });
});
