import { CrmUnavailableError } from 'server/crm';
import { cronTick, startRun } from 'server/sync/planner';
import { loadRunState } from 'server/sync/checkpoints';
import { writeSettings } from 'server/settings/store';
import { createTestRuntime, type TestRuntime } from '../support/runtime';
import { product } from '../support/mk-records';

async function syncProducts(rt: TestRuntime, dryRun = false) {
  await startRun(rt, 'products', { trigger: 'manual', dryRun });
  await rt.drain();
  rt.clock.now = new Date(rt.clock.now.getTime() + 60_000);
}

/** A products run over `count` Metakocka products, started but not yet worked, with `pagesPerJob` pages per job. */
async function startPagedRun(count: number, pagesPerJob: number): Promise<TestRuntime> {
  const rt = createTestRuntime();
  for (let i = 0; i < count; i += 1) rt.mk.products.push(product());
  await writeSettings(rt.kv, { pagesPerJob });
  await startRun(rt, 'products', { trigger: 'manual', dryRun: false });
  return rt;
}

const productsInTwenty = (rt: TestRuntime) => [...rt.crm.tables.metakockaProducts.rows.values()];
const byMkId = (rt: TestRuntime, mkId: string) => productsInTwenty(rt).find((p) => p.metakockaId === mkId);

describe('products stream', () => {
  it('creates every Metakocka product in Twenty with exact prices, VAT and stock per warehouse', async () => {
    const rt = createTestRuntime();
    const gross = product({
      priceLists: [
        {
          countCode: '3', // the sandbox's gross list: a price with tax only comes on one (API.md §2.3)
          title: 'Spletna trgovina',
          salesPurchase: 'sales',
          currency: 'EUR',
          price: null,
          priceWithTax: '209',
          taxCode: 'EX4',
          taxFactor: '0.22',
        },
      ],
    });
    rt.mk.products.push(product(), gross);
    await syncProducts(rt);
    const first = byMkId(rt, rt.mk.products.at(0)!.mkId)!;
    expect(first.netPrice).toEqual({ amountMicros: '8500000', currencyCode: 'EUR' });
    expect(first.grossPrice).toEqual({ amountMicros: '10370000', currencyCode: 'EUR' });
    expect(first.vatRate).toBe('22');
    expect(first.stockByWarehouse).toEqual([{ warehouse: 'glavno', amount: '120' }]);
    // 209 gross at 22 % is 171.31 net (API.md §2.5 live example: price 171.31 / price_with_tax 209)
    expect(byMkId(rt, gross.mkId)!.netPrice.amountMicros).toBe('171310000');
    const [run] = [...rt.crm.tables.metakockaSyncRuns.rows.values()];
    expect(run).toMatchObject({ status: 'SUCCEEDED', stream: 'PRODUCTS', createdCount: 2, failedCount: 0 });
  });

  it('writes nothing to Twenty on a second run without changes, and only the changed product after a price change', async () => {
    const rt = createTestRuntime();
    rt.mk.products.push(product(), product(), product());
    await syncProducts(rt);
    const before = JSON.stringify(productsInTwenty(rt));
    await syncProducts(rt);
    expect(JSON.stringify(productsInTwenty(rt))).toBe(before);
    rt.mk.products.update(rt.mk.products.at(1)!.mkId, (p) => void (p.priceLists[0]!.price = '9.99'));
    await syncProducts(rt);
    const runs = [...rt.crm.tables.metakockaSyncRuns.rows.values()].sort((a, b) =>
      a.startedAt < b.startedAt ? -1 : 1,
    );
    expect(runs.map((r) => [r.createdCount, r.updatedCount, r.unchangedCount])).toEqual([
      [3, 0, 0],
      [0, 0, 3],
      [0, 1, 2],
    ]);
    expect(byMkId(rt, rt.mk.products.at(1)!.mkId)!.netPrice.amountMicros).toBe('9990000');
  });

  it('deactivates a product gone from Metakocka after a complete scan, and keeps the record', async () => {
    const rt = createTestRuntime();
    rt.mk.products.push(product(), product());
    await syncProducts(rt);
    const gone = rt.mk.products.at(1)!;
    rt.mk.products.remove(gone.mkId);
    await syncProducts(rt);
    expect(byMkId(rt, gone.mkId)).toMatchObject({ isActive: false, deletedAt: null });
    expect(byMkId(rt, rt.mk.products.at(0)!.mkId)).toMatchObject({ isActive: true });
  });

  it('deactivates nothing when the scan did not complete', async () => {
    const rt = createTestRuntime();
    for (let i = 0; i < 1500; i += 1) rt.mk.products.push(product());
    await syncProducts(rt);
    rt.mk.products.remove(rt.mk.products.at(0)!.mkId);
    rt.mk.setFaults(1, () => 0); // Metakocka answers every call with a 503 page from here on
    await syncProducts(rt);
    expect(productsInTwenty(rt).filter((p) => p.isActive === false)).toHaveLength(0);
    // The job ran out of retries: the run is left open (not done) for the next tick to pick up.
    const state = await loadRunState(rt.kv, 'products');
    expect(state?.status).toBe('running');
  });

  it('does not bring back a product a user deleted in Twenty', async () => {
    const rt = createTestRuntime();
    rt.mk.products.push(product());
    await syncProducts(rt);
    const row = productsInTwenty(rt)[0]!;
    row.deletedAt = rt.now().toISOString();
    rt.mk.products.update(rt.mk.products.at(0)!.mkId, (p) => void (p.name = 'Renamed in Metakocka'));
    await syncProducts(rt);
    expect(productsInTwenty(rt)[0]).toMatchObject({ deletedAt: row.deletedAt });
    expect(productsInTwenty(rt)).toHaveLength(1);
  });

  it('binds an existing Twenty product with the same code on the first sync instead of creating a duplicate', async () => {
    const rt = createTestRuntime();
    const p = product({ code: 'KAB-USB-C-1M' });
    rt.mk.products.push(p);
    rt.crm.tables.metakockaProducts.upsert([{ code: 'KAB-USB-C-1M', name: 'USB kabel (ročno)' }]);
    await syncProducts(rt);
    expect(productsInTwenty(rt)).toHaveLength(1);
    expect(productsInTwenty(rt)[0]).toMatchObject({ metakockaId: p.mkId, name: p.name });
  });

  it('records an issue for a product it cannot map, carries on with the page, and resolves the issue once fixed', async () => {
    const rt = createTestRuntime();
    rt.mk.products.push(product({ name: '  ', code: 'NONAME' }), product());
    await syncProducts(rt);
    expect(productsInTwenty(rt)).toHaveLength(1);
    const [issue] = [...rt.crm.tables.metakockaSyncIssues.rows.values()];
    expect(issue).toMatchObject({ status: 'OPEN', errorCode: 'MAPPING', metakockaId: rt.mk.products.at(0)!.mkId });
    expect(issue!.message).toMatch(/NONAME/);
    await syncProducts(rt);
    expect([...rt.crm.tables.metakockaSyncIssues.rows.values()]).toHaveLength(1); // deduplicated by issueKey
    rt.mk.products.update(rt.mk.products.at(0)!.mkId, (p) => void (p.name = 'Named now'));
    await syncProducts(rt);
    expect([...rt.crm.tables.metakockaSyncIssues.rows.values()][0]).toMatchObject({ status: 'RESOLVED' });
    expect(productsInTwenty(rt)).toHaveLength(2);
  });

  it('writes no product and no issue in a dry run, and records the plan on the run', async () => {
    const rt = createTestRuntime();
    rt.mk.products.push(product(), product({ name: '' }));
    await syncProducts(rt, true);
    expect(productsInTwenty(rt)).toHaveLength(0);
    expect(rt.crm.tables.metakockaSyncIssues.rows.size).toBe(0);
    const [run] = [...rt.crm.tables.metakockaSyncRuns.rows.values()];
    expect(run).toMatchObject({ isDryRun: true, createdCount: 1, failedCount: 1 });
    expect(run!.plan).toEqual([expect.objectContaining({ action: 'create', metakockaId: rt.mk.products.at(0)!.mkId })]);
  });

  it('resumes a run whose job chain broke, through the cron, and ends with every product exactly once', async () => {
    const rt = await startPagedRun(2500, 1);
    await rt.drain({ max: 1 }); // page 1 done
    rt.crm.failNext(1, () => new CrmUnavailableError('connection reset'));
    await rt.drain({ max: 1 }); // page 2 fails with a retryable error...
    rt.queue.splice(0); // ...and its redeliveries are used up: the chain is broken
    rt.clock.now = new Date(rt.clock.now.getTime() + 16 * 60_000);
    const decisions = await cronTick(rt);
    expect(decisions).toContainEqual(expect.objectContaining({ stream: 'products', action: 'resumed' }));
    await rt.drain();
    expect(productsInTwenty(rt)).toHaveLength(2500);
    expect(new Set(productsInTwenty(rt).map((p) => p.metakockaId)).size).toBe(2500);
    expect((await loadRunState(rt.kv, 'products'))?.status).toBe('done');
  });

  it('works through several pages per job and checkpoints once per job, with every product exactly once', async () => {
    const rt = await startPagedRun(4500, 2);
    const { ran } = await rt.drain();
    // 5 scan pages (the last one short) and the deletion check, two per job: 3 jobs, not 6.
    expect(ran).toBe(3);
    expect(new Set(productsInTwenty(rt).map((p) => p.metakockaId)).size).toBe(4500);
    expect(productsInTwenty(rt)).toHaveLength(4500);
    expect((await loadRunState(rt.kv, 'products'))?.status).toBe('done');
  });

  it('shows its progress on the run record while it runs, at most every 2 minutes', async () => {
    const rt = await startPagedRun(3500, 1);
    const run = () => [...rt.crm.tables.metakockaSyncRuns.rows.values()][0]!;
    await rt.drain({ max: 1 });
    expect(run()).toMatchObject({ status: 'RUNNING', recordsDone: 0 }); // the first page came within 2 minutes of the start
    rt.clock.now = new Date(rt.clock.now.getTime() + 3 * 60_000);
    await rt.drain({ max: 1 });
    expect(run()).toMatchObject({ status: 'RUNNING', recordsDone: 2000 });
    expect(run().apiCallsMetakocka).toBeGreaterThanOrEqual(2);
    await rt.drain();
    expect(run()).toMatchObject({ status: 'SUCCEEDED', recordsDone: 3500, createdCount: 3500 });
  });

  it('does not start a second run of a stream while one is running', async () => {
    const rt = createTestRuntime();
    rt.mk.products.push(product());
    const first = await startRun(rt, 'products', { trigger: 'manual', dryRun: false });
    const second = await startRun(rt, 'products', { trigger: 'manual', dryRun: false });
    expect(second).toEqual({ runId: first.runId, alreadyRunning: true, waiting: false });
  });

  it('follows the settings: a disabled stream is not started by the cron', async () => {
    const rt = createTestRuntime();
    await writeSettings(rt.kv, { streams: { products: { enabled: false } } });
    const decisions = await cronTick(rt);
    expect(decisions).toContainEqual({ stream: 'products', action: 'disabled' });
  });
});

describe('products stream limits', () => {
  it('stops a run at maxRecordsPerRun and deactivates nothing', async () => {
    const rt = createTestRuntime();
    await writeSettings(rt.kv, { maxRecordsPerRun: 1000 });
    for (let i = 0; i < 2100; i += 1) rt.mk.products.push(product());
    await syncProducts(rt);
    for (const p of rt.mk.products.list().slice(0, 100)) rt.mk.products.remove(p.mkId);
    expect(productsInTwenty(rt)).toHaveLength(1000);
    const state = await loadRunState(rt.kv, 'products');
    expect(state).toMatchObject({ status: 'done', errorSummary: expect.stringContaining('maxRecordsPerRun') });
    expect(productsInTwenty(rt).filter((p) => p.isActive === false)).toHaveLength(0);
  });
});

describe('issue texts', () => {
  it("are stored in the workspace's default language, which Twenty's own lists show as written", async () => {
    const rt = Object.assign(createTestRuntime(), { language: 'sl' as const });
    rt.mk.products.push(product({ code: 'DVA-1' }));
    rt.crm.tables.metakockaProducts.upsert([
      { code: 'DVA-1', name: 'Prvi' },
      { code: 'DVA-1', name: 'Drugi' },
    ]);
    await syncProducts(rt);
    const [issue] = [...rt.crm.tables.metakockaSyncIssues.rows.values()];
    const ids = productsInTwenty(rt).map((row) => row.id);
    expect(issue).toMatchObject({
      errorCode: 'AMBIGUOUS_MATCH',
      message: `Za šifro izdelka DVA-1 sta v Twentyju 2 ustrezna zapisa (${ids.join(', ')}); nič ni bilo ustvarjeno ali povezano.`,
      suggestedAction: 'Združite dvojnike v Twentyju ali ID Metakocke vpišite na pravi zapis in znova sinhronizirajte.',
    });
  });
});
