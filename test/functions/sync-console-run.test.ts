// sync-console-run (route /metakocka/console/run): Run now starts at once; a dry run writes neither side; a run keeps
// the settings it started with (a save during it applies from the next run); maintenance refuses new runs.
import { consoleOf, MEMBER } from 'test/e2e/console-world';
import { useSyncWorld } from 'test/e2e/use-sync-world';

const world = useSyncWorld({ partners: 3, products: 2500 });
const console_ = consoleOf(world);
// route '/metakocka/console/run'

describe('sync-console-run', () => {
  it('a dry run plans without writing either side', async () => {
    const reply = await console_.call('runNow', { streams: ['products'], dryRun: true });
    expect(reply.status).toBe(200);
    expect(reply.body.runs).toMatchObject([{ stream: 'products', status: 'started', recordId: expect.any(String) }]);
    await world().drain();
    expect(world().rows('metakockaProduct')).toHaveLength(0);
    expect(console_.run('products')).toMatchObject({ isDryRun: true, createdCount: 2500, status: 'SUCCEEDED' });
    expect((await console_.call('runNow', {}, MEMBER)).status).toBe(403);
  });

  it('keeps the settings a run started with; a save during the run applies from the next run', async () => {
    await console_.saveSettings({ pagesPerJob: 1 });
    const first = await console_.call('runNow', { streams: ['products'] });
    await console_.jobs(1);
    await console_.saveSettings({ pagesPerJob: 5, batchSize: 100 });
    await world().drain();
    const firstDetail = await console_.call('runDetail', { recordId: first.body.runs[0].recordId });
    expect(firstDetail.body.run.settings).toMatchObject({ pagesPerJob: 1, batchSize: 200 });
    expect(world().rows('metakockaProduct')).toHaveLength(2500);

    const second = await console_.call('runNow', { streams: ['products'] });
    await world().drain();
    const secondDetail = await console_.call('runDetail', { recordId: second.body.runs[0].recordId });
    expect(secondDetail.body.run.settings).toMatchObject({ pagesPerJob: 5, batchSize: 100 });
  });

  it('starts nothing during maintenance and says so per stream', async () => {
    await console_.call('pauseAll');
    const reply = await console_.call('runNow');
    expect(reply.body.runs).toEqual([
      { stream: 'partners', status: 'maintenance', runId: null, recordId: null },
      { stream: 'products', status: 'maintenance', runId: null, recordId: null },
    ]);
    expect(world().rows('metakockaSyncRun')).toEqual([]);
  });
});
