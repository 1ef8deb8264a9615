// sync-console-resume-all (route /metakocka/console/maintenance/resume): a run stopped by maintenance continues from
// its checkpoint when maintenance ends (the held pushes are in sync-console-pause-all.test.ts).
import { consoleOf, NO_PROBLEMS } from 'test/e2e/console-world';
import { useSyncWorld } from 'test/e2e/use-sync-world';

const world = useSyncWorld({ partners: 3, products: 2500 });
const console_ = consoleOf(world);
// route '/metakocka/console/maintenance/resume'

describe('sync-console-resume-all', () => {
  it('continues the runs maintenance paused, from their checkpoints, to an exact end state', async () => {
    await console_.saveSettings({ pagesPerJob: 1 });
    await console_.call('runNow');
    await console_.jobs(2);
    await console_.call('pauseAll');
    await world().drain();
    expect(console_.run('products')).toMatchObject({ status: 'PAUSED', recordsDone: 1000 });

    const off = await console_.call('resumeAll');
    expect(off.body.streams.find((s: { stream: string }) => s.stream === 'products')).toMatchObject({
      outcome: 'resumed',
      run: { status: 'RUNNING' },
    });
    await world().drain();
    expect(console_.run('products')).toMatchObject({ status: 'SUCCEEDED', createdCount: 2500, updatedCount: 0 });
    expect(console_.problems()).toEqual(NO_PROBLEMS);
  });
});
