// The issue inbox in a real browser (issue 17 "Done when"): the built inbox component in the UI preview, its routes run
// by the built functions on the Twenty stand-in, Metakocka played by the sandbox. Conflicts raised by a real sync are
// settled by picking a side per field and in bulk, checked on both stores; then 10,000 issues are seeded in the
// stand-in: filters, search and causes answer exactly the matching issues, bulk ignore and retry act on exactly them,
// and the first page costs the same Twenty calls at 100 and at 10,000 issues. Screenshots go to docs/screenshots/.
import { join, resolve } from 'node:path';

import type { Page } from 'playwright-core';

import { SYNC_ROUTES } from 'plugin/constants/route-paths';
import { expected, issueAt, seedIssues, type SeededIssue } from 'test/support/inbox-issues';
import { browserAvailable } from 'test/ui/browser';
import { PERSONAS } from 'test/ui/preview/server';
import { useBrowserPreview } from 'test/ui/use-browser-preview';

const SCREENSHOTS = resolve(__dirname, '../../docs/screenshots');
const SANDBOX_KEY = 'sbx-inbox-key-8d2f4a6c1e03';
const run = browserAvailable() ? describe : describe.skip;

run('issue inbox in the browser', () => {
  const world = useBrowserPreview(SANDBOX_KEY, ({ standIn, sandbox }) => {
    standIn.appVariables.set('METAKOCKA_API_URL', sandbox.url);
    standIn.appVariables.set('METAKOCKA_ALLOWED_ENDPOINTS', sandbox.url);
    standIn.appVariables.set('METAKOCKA_COMPANY_ID', sandbox.companyId);
    standIn.appVariables.set('METAKOCKA_SECRET_KEY', SANDBOX_KEY);
  });
  const open = (as: 'manager' | 'member', lang: 'en' | 'sl' = 'en') =>
    world.open('issue-inbox', new URLSearchParams({ as, lang }));
  const shot = (page: Page, file: string) => page.screenshot({ path: join(SCREENSHOTS, file), fullPage: true });
  const total = async (page: Page, count: number) => {
    await page.waitForSelector(`[data-testid="inbox-total"][data-count="${count}"]`);
    await page.waitForSelector('[data-testid="state-loading"]', { state: 'detached' });
  };
  const companies = () => world.preview.standIn.store.rows('company');
  const partner = (company: Record<string, unknown>) =>
    world.preview.sandbox.store.partners.get(company.metakockaPartnerId as string)!;
  const company = (id: unknown) => companies().find((c) => c.id === id)!;

  async function syncPartners() {
    const reply = await world.preview.harness.route(`/s${SYNC_ROUTES.runSync}`, {
      method: 'POST',
      body: { streams: ['partners'] },
      as: PERSONAS.manager,
    });
    expect(reply.status).toBe(200);
    expect((await world.preview.harness.drainJobs()).failed).toBe(0);
  }

  it('settles real partner conflicts per field, in bulk and for the whole record; both stores change as chosen', async () => {
    await syncPartners();
    const bound = companies().filter((c) => c.metakockaPartnerId);
    expect(bound.length).toBeGreaterThanOrEqual(3);
    const [a, b, c] = bound as unknown as [Record<string, unknown>, Record<string, unknown>, Record<string, unknown>];
    for (const [index, row] of [a, b, c].entries()) {
      world.preview.standIn.seed('company', [{ id: row.id, name: `Trgovina ${index + 1} (Twenty)` }], { upsert: true });
      partner(row).customer = `Trgovina ${index + 1} (Metakocka)`;
    }
    await syncPartners();

    const page = await open('manager');
    await page.selectOption('[data-testid="filter-kind"]', 'CONFLICT');
    await total(page, 3);
    const compare = (name: string) =>
      page.click(`[data-testid="inbox-issue"]:has-text("${name}") [data-testid="issue-compare"]`);

    // Per field: keep Metakocka's name for A.
    await compare('Trgovina 1 (Twenty)');
    await page.waitForSelector('[data-testid="conflict-field"][data-field="name"]');
    expect(await page.textContent('[data-testid="conflict-twenty"]')).toContain('Trgovina 1 (Twenty)');
    expect(await page.textContent('[data-testid="conflict-metakocka"]')).toContain('Trgovina 1 (Metakocka)');
    expect(await page.textContent('[data-testid="conflict-last-edited"]')).toMatch(/last edited/);
    await shot(page, 'inbox-conflict-en.png');
    await page.check('[data-testid="keep-metakocka"]');
    await page.click('[data-testid="conflict-apply"]');
    await page.waitForSelector('[data-testid="outcome-ok"]');
    expect([company(a.id).name, partner(a).customer]).toEqual(['Trgovina 1 (Metakocka)', 'Trgovina 1 (Metakocka)']);

    // The Slovenian view of B, then the whole record keeps Twenty.
    const sl = await open('manager', 'sl');
    await sl.selectOption('[data-testid="filter-kind"]', 'CONFLICT');
    await total(sl, 2);
    await sl.click('[data-testid="inbox-issue"]:has-text("Trgovina 2 (Twenty)") [data-testid="issue-compare"]');
    await sl.waitForSelector('[data-testid="conflict-field"]');
    expect(await sl.textContent('[data-testid="conflict-view"] h2')).toContain('Spor pri zapisu');
    await shot(sl, 'inbox-conflict-sl.png');
    await sl.click('[data-testid="conflict-whole-twenty"]');
    await sl.waitForSelector('[data-testid="outcome-ok"]');
    expect([company(b.id).name, partner(b).customer]).toEqual(['Trgovina 2 (Twenty)', 'Trgovina 2 (Twenty)']);

    // In bulk: keep Metakocka for every conflict on "name" (C is the last one).
    await page.click('[data-testid="conflict-back"]');
    await total(page, 1);
    await compare('Trgovina 3 (Twenty)');
    await page.click('[data-testid="conflict-bulk"]');
    await page.waitForSelector('[data-testid="act-result"][data-done="1"]');
    expect([company(c.id).name, partner(c).customer]).toEqual(['Trgovina 3 (Metakocka)', 'Trgovina 3 (Metakocka)']);

    // Every choice is in the audit trail, naming the manager.
    const audit = world.preview.standIn.store
      .rows('metakockaAuditEntry')
      .filter((e) => String(e.action).startsWith('conflict.'));
    expect(audit.map((e) => e.actorWorkspaceMemberId)).toEqual([
      PERSONAS.manager.workspaceMemberId,
      PERSONAS.manager.workspaceMemberId,
      PERSONAS.manager.workspaceMemberId,
    ]);
  }, 600_000);

  it('filters, searches, groups and acts on exactly the matching issues among 10,000, at a fixed cost per page', async () => {
    const { standIn, harness } = world.preview;
    const open10k = (i: SeededIssue) => i.status === 'OPEN';
    const before = standIn.store.rows('metakockaSyncIssue').length;

    // The first page at 100 issues and at 10,000 costs the same Twenty calls.
    seedIssues(standIn, 100);
    // A first opening warms the preview's one-off lookups (the persona's session); the second is the one counted.
    const warm = await open('manager');
    await total(warm, expected(100, open10k) + countOpen(before));
    await warm.waitForSelector('[data-testid="cause-group"]'); // its causes are read too before counting starts
    standIn.calls.reset();
    const small = await open('manager');
    await total(small, expected(100, open10k) + countOpen(before));
    await small.waitForSelector('[data-testid="cause-group"]');
    const callsAt100 = standIn.calls.total();
    seedIssues(standIn, 9_900, 100);
    standIn.calls.reset();
    const started = Date.now();
    const page = await open('manager');
    await total(page, expected(10_000, open10k) + countOpen(before));
    await page.waitForSelector('[data-testid="cause-group"]');
    const callsAt10k = standIn.calls.total();
    const ms = Date.now() - started;
    expect(callsAt10k).toBe(callsAt100);
    process.stdout.write(`inbox page in the browser: ${callsAt10k} Twenty calls at 100 and at 10,000; ${ms} ms\n`);
    await shot(page, 'inbox-en.png');

    // Filters and search answer exactly.
    await page.selectOption('[data-testid="filter-severity"]', 'CRITICAL');
    await total(
      page,
      expected(10_000, (i) => open10k(i) && i.severity === 'CRITICAL'),
    );
    await page.selectOption('[data-testid="filter-severity"]', '');
    await page.fill('[data-testid="filter-search"]', 'maribor d.o.o. 15');
    await page.click('[data-testid="filter-search-submit"]');
    await total(
      page,
      expected(10_000, (i) => open10k(i) && i.recordName.toLowerCase().includes('maribor d.o.o. 15')),
    );
    await page.click('[data-testid="filter-clear"]');
    await total(page, standIn.store.rows('metakockaSyncIssue').length);

    // Bulk ignore of one cause, everything matching: a background job with progress, then exactly those issues.
    await page.selectOption('[data-testid="filter-status"]', 'OPEN');
    await page.click('[data-testid="cause-group"][data-cause="MK_ITEM_UNREADABLE"]');
    const unreadable = (i: SeededIssue) => open10k(i) && i.errorCode === 'MK_ITEM_UNREADABLE';
    await total(page, expected(10_000, unreadable));
    await page.selectOption('[data-testid="act-scope"]', 'all');
    await page.click('[data-testid="act-ignore"]');
    await page.fill('[data-testid="act-reason"]', 'Stari artikli, v Metakocki jih počistimo prihodnji teden.');
    await page.click('[data-testid="act-confirm-yes"]');
    await page.waitForSelector('[data-testid="inbox-job"][data-state="running"]');
    expect((await harness.drainJobs()).failed).toBe(0);
    await page.waitForSelector('[data-testid="inbox-job"][data-state="done"]');
    expect(await page.getAttribute('[data-testid="inbox-job"] [data-testid="act-result"]', 'data-done')).toBe(
      String(expected(10_000, unreadable)),
    );
    const ignored = standIn.store
      .rows('metakockaSyncIssue')
      .filter((r) => r.ignoredReason === 'Stari artikli, v Metakocki jih počistimo prihodnji teden.')
      .map((r) => Number(String(r.issueKey).slice('seed:'.length)));
    expect(ignored.length).toBe(expected(10_000, unreadable));
    expect(ignored.every((i) => unreadable(issueAt(i)))).toBe(true);

    // Bulk retry of the quota errors: none names a Twenty record, and the count says so.
    await page.click('[data-testid="cause-group"][data-cause="MK_QUOTA"]');
    const quota = (i: SeededIssue) => open10k(i) && i.errorCode === 'MK_QUOTA';
    await total(page, expected(10_000, quota));
    await page.click('[data-testid="act-retry"]');
    await page.click('[data-testid="act-confirm-yes"]');
    await page.waitForSelector('[data-testid="inbox-job"][data-state="running"]');
    expect((await harness.drainJobs()).failed).toBe(0);
    await page.waitForSelector(
      `[data-testid="inbox-job"][data-state="done"] [data-testid="act-not-done"][data-reason="no-record"][data-count="${expected(10_000, quota)}"]`,
    );

    // A selection: two issues marked resolved, and only those two.
    await page.click('[data-testid="cause-group"][data-cause="MK_VALIDATION:taxNumber"]');
    await total(
      page,
      expected(10_000, (i) => open10k(i) && i.causeKey === 'MK_VALIDATION:taxNumber'),
    );
    await page.selectOption('[data-testid="act-scope"]', 'selected');
    const rows = await page.$$('[data-testid="inbox-issue"]');
    const picked = await Promise.all(rows.slice(0, 2).map((row) => row.getAttribute('data-id')));
    for (const row of rows.slice(0, 2)) await (await row.$('[data-testid="select-issue"]'))!.check();
    await page.click('[data-testid="act-resolve"]');
    await page.click('[data-testid="act-confirm-yes"]');
    await page.waitForSelector('[data-testid="act-result"][data-done="2"]');
    const resolvedNow = standIn.store
      .rows('metakockaSyncIssue')
      .filter((r) => picked.includes(r.id as string))
      .map((r) => r.status);
    expect(resolvedNow).toEqual(['RESOLVED', 'RESOLVED']);

    // Export the filtered list: a CSV on a report record, linked.
    await page.click('[data-testid="export-csv"]');
    await page.waitForSelector('[data-testid="export-link"]');

    // Slovenian, and a member: they see the inbox, and the actions answer with the permission they lack.
    const slovenian = await open('member', 'sl');
    await total(slovenian, countOpen());
    expect(await slovenian.textContent('h1')).toBe('Težave pri sinhronizaciji');
    await shot(slovenian, 'inbox-sl.png');
    await slovenian.check('[data-testid="select-page"]');
    await slovenian.click('[data-testid="act-retry"]');
    await slovenian.click('[data-testid="act-confirm-yes"]');
    expect(await slovenian.textContent('[data-testid="outcome-failed"]')).toContain('Upravljanje Metakocke');
  }, 900_000);

  /** Open issues among the first `rows` rows (those a test found before seeding), or among all with no argument. */
  const countOpen = (rows?: number) =>
    world.preview.standIn.store
      .rows('metakockaSyncIssue')
      .slice(0, rows)
      .filter((r) => r.status === 'OPEN').length;
});
