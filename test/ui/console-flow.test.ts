// The sync console in a real browser (issue 16 "Done when"): the console component in the UI preview, its routes run
// by the built functions on the Twenty stand-in, Metakocka played by the sandbox, jobs drained by the test so a run
// can be caught between two pages. A manager narrows a filter, previews, saves and runs, and the run reports what the
// preview said, on both stores; a run paused between pages and resumed, and a cancelled run followed by a complete
// one, leave both stores whole; a run's detail lists exactly the issues it raised first or saw last. Section
// screenshots (English and Slovenian) go to docs/screenshots/ for the admin guide.
import { join, resolve } from 'node:path';

import type { Page } from 'playwright-core';

import { checkIntegrity } from 'test/bench/integrity';
import { changeProducts, mkSnapshot } from 'test/bench/mk-side';
import { twentySnapshot } from 'test/bench/twenty-side';
import { browserAvailable } from 'test/ui/browser';
import { useBrowserPreview } from 'test/ui/use-browser-preview';

const SCREENSHOTS = resolve(__dirname, '../../docs/screenshots');
const SANDBOX_KEY = 'sbx-console-key-7d21c9e0';
// More products than one Metakocka page (1,000), so a products run with one page per job takes two jobs.
const PRODUCTS = 1_200;

const run = browserAvailable() ? describe : describe.skip;

run('sync console in the browser', () => {
  const world = useBrowserPreview(SANDBOX_KEY, () => undefined, {
    connected: true,
    sandbox: { partners: 6, products: PRODUCTS, documents: 0 },
  });
  let page: Page;

  const open = async (as: 'manager' | 'member', lang: 'en' | 'sl' = 'en') => {
    const opened = await world.open('sync-console', new URLSearchParams({ as, lang }), (p) =>
      p.on('dialog', (dialog) => void dialog.accept()),
    );
    await opened.waitForSelector(as === 'manager' ? '[data-testid="live-section"]' : '[data-testid="not-allowed"]');
    return opened;
  };
  /** Runs queued jobs (all, or at most `max`), as Twenty's worker would. */
  const drain = async (max?: number) => {
    const { harness } = world.preview;
    if (max !== undefined) return harness.drainJobs({ max });
    for (let round = await harness.drainJobs(); round.ran > 0; round = await harness.drainJobs());
  };
  const rows = (objectName: string) =>
    world.preview.standIn.store.rows(objectName).filter((row: Record<string, unknown>) => !row.deletedAt);
  const integrity = () => checkIntegrity(mkSnapshot(world.preview.sandbox, false), twentySnapshot(rows, false)).total;
  const shot = (selector: string, file: string) => page.locator(selector).screenshot({ path: join(SCREENSHOTS, file) });
  const count = async (selector: string) => Number(await page.getAttribute(selector, 'data-count'));

  /** Previews the form's change, lets the preview job run, waits for its report. */
  async function preview(): Promise<void> {
    await page.click('[data-testid="preview-start"]');
    await page.waitForSelector('[data-testid="impact-preview"]:not([data-status="none"])');
    await drain();
    await page.waitForSelector('[data-testid="impact-preview"][data-status="done"]');
  }
  async function save(): Promise<void> {
    await page.click('[data-testid="save-settings"]');
    await page.waitForSelector('[data-testid="impact-preview"] [data-testid="outcome-ok"]');
  }
  async function runNow(target: 'all' | 'partners' | 'products'): Promise<void> {
    await page.selectOption('[data-testid="run-target"]', target);
    await page.click('[data-testid="run-now"]');
    await page.waitForSelector('[data-testid="control-section"] [data-testid="outcome-ok"]');
  }
  async function refreshLive(): Promise<void> {
    const answered = page.waitForResponse((r) => r.url().includes('/s/metakocka/console/live'));
    await page.click('[data-testid="live-refresh"]');
    await answered;
  }
  /** The newest run of a stream in the history list, once it has ended (and is not `before`); its id and status. */
  async function newestRun(stream: string, before?: string): Promise<{ id: string; status: string }> {
    const handle = await page.waitForFunction(
      ({ stream, before }) => {
        const row = document.querySelector(`[data-testid="history-row"][data-stream="${stream}"]`);
        const id = row?.getAttribute('data-run');
        const status = row?.getAttribute('data-status') ?? '';
        return id && id !== before && !['QUEUED', 'RUNNING', 'PAUSED'].includes(status) ? { id, status } : null;
      },
      { stream, before },
    );
    return (await handle.jsonValue()) as { id: string; status: string };
  }
  async function openDetail(runId: string): Promise<void> {
    await page.click(`[data-testid="history-row"][data-run="${runId}"] [data-testid="history-open"]`);
    await page.waitForSelector(`[data-testid="run-detail"][data-run="${runId}"]`);
  }
  const detailCount = async (name: string) =>
    Number(await page.getAttribute(`[data-testid="detail-count-${name}"]`, 'data-value'));

  it('refuses a member, naming the permission flag', async () => {
    const member = await open('member');
    expect(await member.textContent('[data-testid="not-allowed"]')).toContain('Manage Metakocka');
    expect(await member.$('[data-testid="config-section"]')).toBeNull();
    await member.screenshot({ path: join(SCREENSHOTS, 'console-not-allowed-en.png'), fullPage: true });
  }, 600_000);

  it('previews a narrower product filter, saves it, and the run reports what the preview said, on both stores', async () => {
    const { sandbox, standIn } = world.preview;
    page = await open('manager');
    await shot('[data-testid="config-section"]', 'console-configuration-en.png');

    await page.fill('[data-testid="input-pagesPerJob"]', '1');
    await page.check('[data-testid="input-filters.eshopOnly"]');
    await page.waitForSelector('[data-testid="changed-count"]');
    await preview();
    const eshop = sandbox.store.products.list().filter((product) => product.eshopSync);
    const created = await count('[data-testid="preview-products-created"]');
    expect(created).toBe(eshop.length);
    expect(await count('[data-testid="preview-products-updated"]')).toBe(0);
    expect(rows('metakockaProduct')).toHaveLength(0); // the preview wrote nothing
    await shot('[data-testid="impact-preview"]', 'console-preview-en.png');

    await save();
    expect(JSON.stringify(standIn.kv.get('metakocka:settings'))).toContain('"eshopOnly":true');
    const productsBefore = sandbox.store.products.count();

    await runNow('all');
    await drain();
    await refreshLive();
    const { id: runId, status } = await newestRun('products');
    expect(status).toBe('SUCCEEDED');
    await openDetail(runId);
    expect(await detailCount('created')).toBe(created);
    expect(await detailCount('updated')).toBe(0);
    // Twenty holds exactly the e-shop products; Metakocka is as it was.
    expect(new Set(rows('metakockaProduct').map((row) => row.metakockaId))).toEqual(
      new Set(eshop.map((product) => product.mkId)),
    );
    expect(sandbox.store.products.count()).toBe(productsBefore);
    await shot('[data-testid="history-section"]', 'console-history-en.png');
  }, 600_000);

  it('pauses a products run between its pages and resumes it to the same end state as an uninterrupted run', async () => {
    await page.uncheck('[data-testid="input-filters.eshopOnly"]');
    await preview();
    const toCreate = await count('[data-testid="preview-products-created"]');
    expect(toCreate).toBe(PRODUCTS - rows('metakockaProduct').length);
    await save();

    const previous = (await newestRun('products').catch(() => ({ id: undefined }))).id;
    await runNow('products');
    await drain(1); // the first page
    await page.click('[data-testid="toggle-pause-products"]');
    await page.waitForSelector('[data-testid="control-section"] [data-testid="outcome-ok"]');
    await drain();
    await refreshLive();
    await page.waitForSelector('[data-testid="control-products"][data-paused="true"]');
    await page.waitForSelector(
      '[data-testid="live-products"][data-stage="paused"], [data-testid="live-products"][data-status="PAUSED"]',
    );
    expect(rows('metakockaProduct').length).toBeLessThan(PRODUCTS);
    await shot('[data-testid="control-section"]', 'console-control-en.png');
    await shot('[data-testid="live-section"]', 'console-live-en.png');

    await page.click('[data-testid="toggle-pause-products"]'); // now "Resume"
    await page.waitForSelector('[data-testid="control-products"][data-paused="false"]');
    await drain();
    await refreshLive();
    expect((await newestRun('products', previous)).status).toBe('SUCCEEDED');
    expect(rows('metakockaProduct')).toHaveLength(PRODUCTS);
    expect(integrity()).toEqual({ duplicates: 0, missing: 0, mismatches: 0 });
  }, 600_000);

  it('cancels a run between pages: it ends CANCELLED and the next run completes with both stores whole', async () => {
    changeProducts(world.preview.sandbox, 0.1); // renamed in Metakocka, so the runs have updates to write
    const previous = (await newestRun('products')).id;
    await runNow('products');
    await drain(1);
    await page.click('[data-testid="cancel-products"]');
    await page.waitForSelector('[data-testid="control-section"] [data-testid="outcome-ok"]');
    await drain();
    await refreshLive();
    const cancelled = await newestRun('products', previous);
    expect(cancelled.status).toBe('CANCELLED');

    await runNow('products');
    await drain();
    await refreshLive();
    expect(await newestRun('products', cancelled.id)).toEqual({ id: expect.any(String), status: 'SUCCEEDED' });
    expect(integrity()).toEqual({ duplicates: 0, missing: 0, mismatches: 0 });
  }, 600_000);

  it("lists in a run's detail exactly the issues it raised first or saw last", async () => {
    const { sandbox, standIn } = world.preview;
    const [first, second] = rows('company').filter((company) => company.metakockaPartnerId);
    const before = (await newestRun('partners')).id;
    const conflict = (company: Record<string, any>, suffix: string) => {
      standIn.store.put('company', { ...company, name: `${company.name} (Twenty ${suffix})` } as never);
      sandbox.store.partners.get(company.metakockaPartnerId)!.customer = `${company.name} (Metakocka ${suffix})`;
    };
    conflict(first!, 'a');
    await runNow('partners');
    await drain();
    await refreshLive();
    const runA = (await newestRun('partners', before)).id;
    expect(rows('metakockaSyncIssue').filter((issue) => issue.firstRunId === runA)).toHaveLength(1);
    conflict(second!, 'b');
    await runNow('partners');
    await drain();
    await refreshLive();
    const runB = (await newestRun('partners', runA)).id;

    const issues = rows('metakockaSyncIssue');
    const linkedTo = (runId: string) =>
      issues
        .filter((issue) => issue.firstRunId === runId || issue.lastRunId === runId)
        .map((issue) => issue.id)
        .sort();
    for (const runId of [runA, runB]) {
      await openDetail(runId);
      const shown = await page.$$eval(
        `[data-testid="run-detail"][data-run="${runId}"] [data-testid="detail-issue"]`,
        (nodes) => nodes.map((node) => node.getAttribute('data-issue')),
      );
      expect(shown.sort()).toEqual(linkedTo(runId));
      await page.click(`[data-testid="history-row"][data-run="${runId}"] [data-testid="history-open"]`); // close
    }
    expect(linkedTo(runA)).toHaveLength(1);
    expect(linkedTo(runB)).toHaveLength(2);
    await openDetail(runB);
    await shot('[data-testid="run-detail"]', 'console-run-detail-en.png');
  }, 600_000);

  it('shows every section in Slovenian', async () => {
    page = await open('manager', 'sl');
    expect(await page.textContent('#config-title')).toBe('Nastavitve');
    for (const [selector, file] of [
      ['[data-testid="config-section"]', 'console-configuration-sl.png'],
      ['[data-testid="control-section"]', 'console-control-sl.png'],
      ['[data-testid="live-section"]', 'console-live-sl.png'],
      ['[data-testid="history-section"]', 'console-history-sl.png'],
    ] as const)
      await shot(selector, file);
    await page.check('[data-testid="input-filters.eshopOnly"]');
    await preview();
    await shot('[data-testid="impact-preview"]', 'console-preview-sl.png');
    await page.click('[data-testid="discard"]');
    await page.click('[data-testid="history-open"]');
    await page.waitForSelector('[data-testid="run-detail"]');
    await shot('[data-testid="run-detail"]', 'console-run-detail-sl.png');
  }, 600_000);

  it('is reached from Settings → Metakocka', async () => {
    const settings = await world.open('metakocka-settings', new URLSearchParams({ as: 'manager', lang: 'en' }));
    const navigated = settings.waitForEvent('console', (message) => message.text().includes('navigate'));
    await settings.click('[data-testid="open-console"]');
    expect((await navigated).text()).toContain('/page/:pageLayoutId');
  }, 600_000);
});
