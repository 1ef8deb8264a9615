// sync-console-run-detail (route /metakocka/console/runs/detail): a run's detail lists exactly the issues whose first
// or last run it is, set by the engine as runs raise, see again and resolve them (issue 16 item 5).
import { renderError, type ErrorParams } from 'server/error-catalogue';
import { consoleOf, MEMBER } from 'test/e2e/console-world';
import { useSyncWorld } from 'test/e2e/use-sync-world';

const world = useSyncWorld({ partners: 2, products: 6 });
const console_ = consoleOf(world);
// route '/metakocka/console/runs/detail'

async function runProducts(): Promise<string> {
  const started = await console_.call('runNow', { streams: ['products'] });
  expect(started.body.runs).toMatchObject([{ stream: 'products', status: 'started' }]);
  await world().drain();
  return started.body.runs[0].recordId;
}

const keysOf = (detail: { issues: Array<{ metakockaId: string }> }) => detail.issues.map((i) => i.metakockaId).sort();

describe('sync-console-run-detail', () => {
  it("lists exactly the issues a run raised or last saw, with the run's counts, calls and settings", async () => {
    const products = world().sandbox.store.products.list();
    const [a, b, c] = [products[1]!, products[2]!, products[3]!];
    a.wireOverride = { amount: 'abc' };
    b.wireOverride = { amount: 'abc' };
    const run1 = await runProducts();
    b.wireOverride = undefined; // corrected: run 2 resolves its issue
    c.wireOverride = { amount: 'abc' }; // broken: run 2 raises a new one
    const run2 = await runProducts();
    const run3 = await runProducts(); // a and c seen again

    const detail = async (recordId: string) => {
      const reply = await console_.call('runDetail', { recordId });
      expect(reply.status).toBe(200);
      return reply.body;
    };
    const first = await detail(run1);
    expect(keysOf(first)).toEqual([a.mkId, b.mkId].sort());
    expect(keysOf(await detail(run2))).toEqual([b.mkId, c.mkId].sort());
    expect(keysOf(await detail(run3))).toEqual([a.mkId, c.mkId].sort());

    const issues = world().rows('metakockaSyncIssue');
    const byMk = (mkId: string) => issues.find((i) => i.metakockaId === mkId)!;
    expect(byMk(a.mkId)).toMatchObject({ status: 'OPEN', firstRunId: run1, lastRunId: run3 });
    expect(byMk(b.mkId)).toMatchObject({ status: 'RESOLVED', firstRunId: run1, lastRunId: run2 });
    expect(byMk(c.mkId)).toMatchObject({ status: 'OPEN', firstRunId: run2, lastRunId: run3 });

    expect(first.run).toMatchObject({
      recordId: run1,
      stream: 'products',
      status: 'COMPLETED_WITH_ISSUES',
      counts: { created: 4, failed: 2 },
      settings: { batchSize: 200, pagesPerJob: 10 },
    });
    expect(first.run.callsByMethod.product_list).toBeGreaterThan(0);
    expect(first.run.durationMs).toBeGreaterThanOrEqual(0);
    // Each issue's sentence in the reader's language: the manager follows the workspace (English), the member chose
    // Slovenian and reads it from the same code and parameters.
    const english = first.issues[0] as { message: string; metakockaId: string };
    expect(english.message).toBe(byMk(english.metakockaId).message);
    world().standIn.kv.set(`language:member:${MEMBER.workspaceMemberId}`, 'sl');
    const slovenian = (await console_.call('runDetail', { recordId: run1 }, MEMBER)).body.issues[0];
    expect(slovenian.message).toBe(
      renderError('MK_ITEM_UNREADABLE', byMk(english.metakockaId).messageParams as ErrorParams, 'sl'),
    );
    expect(first.issues.map((i: { errorCode: string }) => i.errorCode)).toEqual([
      'MK_ITEM_UNREADABLE',
      'MK_ITEM_UNREADABLE',
    ]);

    // Any member who may read sync runs reads the detail; an unknown run is a 404 with its code.
    expect((await console_.call('runDetail', { recordId: run1 }, MEMBER)).status).toBe(200);
    const missing = await console_.call('runDetail', { recordId: '00000000-0000-4000-8000-000000000000' });
    expect(missing).toMatchObject({ status: 404, body: { code: 'RUN_NOT_FOUND' } });
  });
});
