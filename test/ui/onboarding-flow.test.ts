// The onboarding checklist in a real browser (issue 20 "Done when"): from a fresh install, a manager walks every step
// on the settings page and the sync console (connect, choose what to sync with its impact preview, the first sync with
// its live progress, its issues, the personal key the policy then requires), and each step turns done from the
// install's data, both stores checked; the checklist picks up where the manager left off and collapses once done.
import type { Page } from 'playwright-core';

import { checkIntegrity } from 'test/bench/integrity';
import { mkSnapshot } from 'test/bench/mk-side';
import { twentySnapshot } from 'test/bench/twenty-side';
import { browserAvailable } from 'test/ui/browser';
import { PERSONAS } from 'test/ui/preview/server';
import { useBrowserPreview } from 'test/ui/use-browser-preview';

const SANDBOX_KEY = 'sbx-onboarding-key-5c1e93a7';
const run = browserAvailable() ? describe : describe.skip;

run('onboarding checklist in the browser', () => {
  const world = useBrowserPreview(SANDBOX_KEY, () => undefined, {
    sandbox: { partners: 6, products: 40, documents: 0 },
  });
  const open = (name: string, lang: 'en' | 'sl' = 'en') =>
    world.open(name, new URLSearchParams({ as: 'manager', lang }), (page) =>
      page.on('dialog', (dialog) => void dialog.accept()),
    );
  const rows = (objectName: string) =>
    world.preview.standIn.store.rows(objectName).filter((row: Record<string, unknown>) => !row.deletedAt);
  const drain = async () => {
    for (let round = await world.preview.harness.drainJobs(); round.ran > 0;)
      round = await world.preview.harness.drainJobs();
  };
  const step = (page: Page, id: string, state: string) =>
    page.waitForSelector(`[data-testid="onboarding-step-${id}"][data-state="${state}"]`);
  const current = (page: Page) => page.getAttribute('[data-testid="onboarding"]', 'data-current');
  const stepStates = (page: Page) =>
    page.$$eval('[data-testid^="onboarding-step-"][data-state]', (nodes) =>
      Object.fromEntries(nodes.map((node) => [node.getAttribute('data-testid'), node.getAttribute('data-state')])),
    );

  it('walks every step from a fresh install to a first sync with no issues', async () => {
    const { sandbox, standIn } = world.preview;

    // A fresh install: everything to do, "connect" open with what to do and where.
    const settings = await open('metakocka-settings');
    await settings.waitForSelector('[data-testid="onboarding"][data-current="connect"]');
    expect(await stepStates(settings)).toEqual({
      'onboarding-step-connect': 'todo',
      'onboarding-step-choose': 'todo',
      'onboarding-step-firstSync': 'todo',
      'onboarding-step-reviewIssues': 'todo',
      'onboarding-step-personalKeys': 'notNeeded',
    });
    expect(
      await settings.textContent('[data-testid="onboarding-step-connect"] [data-testid="onboarding-step-how"]'),
    ).toContain('Connection');

    // 1. Connect: test and save the credentials; the step turns done and "choose" opens, linking to the console.
    await settings.selectOption('[data-testid="endpoint"]', 'custom');
    await settings.fill('[data-testid="custom-url"]', sandbox.url);
    await settings.fill('[data-testid="company-id"]', sandbox.companyId);
    await settings.fill('[data-testid="secret-key"]', SANDBOX_KEY);
    await settings.click('[data-testid="test-connection"]');
    await settings.waitForSelector('[data-testid="check-list"][data-ok="true"]');
    await settings.click('[data-testid="save-connection"]');
    await step(settings, 'connect', 'done');
    expect(await current(settings)).toBe('choose');
    expect(await settings.$('[data-testid="onboarding-open-choose"]')).not.toBeNull();
    expect(standIn.appVariables.get('METAKOCKA_SECRET_KEY')).toBe(SANDBOX_KEY);

    // 2. Choose what to sync on the console: the checklist there picks up at "choose"; preview, then save.
    const consolePage = await open('sync-console');
    await consolePage.waitForSelector('[data-testid="live-section"]');
    await consolePage.waitForSelector('[data-testid="onboarding"][data-current="choose"]');
    await step(consolePage, 'connect', 'done');
    await consolePage.check('[data-testid="input-filters.eshopOnly"]');
    await consolePage.waitForSelector('[data-testid="changed-count"]');
    await consolePage.click('[data-testid="preview-start"]');
    await consolePage.waitForSelector('[data-testid="impact-preview"]:not([data-status="none"])');
    await drain();
    await consolePage.waitForSelector('[data-testid="impact-preview"][data-status="done"]');
    expect(rows('metakockaProduct')).toHaveLength(0); // the preview wrote nothing, so no sync yet
    await step(consolePage, 'choose', 'todo');
    await consolePage.click('[data-testid="save-settings"]');
    await consolePage.waitForSelector('[data-testid="impact-preview"] [data-testid="outcome-ok"]');
    await step(consolePage, 'choose', 'done');
    expect(await current(consolePage)).toBe('firstSync');

    // 3. The first sync: running while its jobs wait, with its progress; done when they have run.
    await consolePage.selectOption('[data-testid="run-target"]', 'all');
    await consolePage.click('[data-testid="run-now"]');
    await consolePage.waitForSelector('[data-testid="control-section"] [data-testid="outcome-ok"]');
    await step(consolePage, 'firstSync', 'running');
    expect(
      await consolePage.textContent('[data-testid="onboarding-step-firstSync"] [data-testid="onboarding-step-facts"]'),
    ).toMatch(/Running since .+\. 0 records so far\./);
    await drain();
    const answered = consolePage.waitForResponse((r) => r.url().includes('/s/metakocka/console/live'));
    await consolePage.click('[data-testid="live-refresh"]');
    await answered;
    // 4. Its issues: none is open, so the review is done too and, under the default policy, the checklist is complete:
    // it collapses to one line, and shows its steps on demand.
    await consolePage.waitForSelector('[data-testid="onboarding"][data-complete="true"]');
    expect(await consolePage.$('[data-testid="onboarding-step-firstSync"]')).toBeNull();
    await consolePage.click('[data-testid="onboarding-toggle"]');
    await step(consolePage, 'firstSync', 'done');
    await step(consolePage, 'reviewIssues', 'done');
    expect(
      await consolePage.textContent('[data-testid="onboarding-step-firstSync"] [data-testid="onboarding-step-facts"]'),
    ).toContain('First sync finished');
    expect(
      await consolePage.textContent(
        '[data-testid="onboarding-step-reviewIssues"] [data-testid="onboarding-step-facts"]',
      ),
    ).toBe('No issue is open.');
    // Both stores: the e-shop products and the partners are in Twenty, every run succeeded, no issue is open.
    const eshop = sandbox.store.products.list().filter((product) => product.eshopSync);
    expect(rows('metakockaProduct')).toHaveLength(eshop.length);
    const { partners } = checkIntegrity(mkSnapshot(sandbox, false), twentySnapshot(rows, false));
    expect(partners).toMatchObject({ duplicates: 0, missing: 0, mismatches: 0 });
    expect(rows('metakockaSyncRun').map((r) => r.status)).toEqual(['SUCCEEDED', 'SUCCEEDED']);
    expect(rows('metakockaSyncIssue').filter((issue) => issue.status === 'OPEN')).toEqual([]);

    // 5. Personal keys: requiring them reopens the checklist at that step; storing the manager's key completes it.
    const again = await open('metakocka-settings');
    await again.waitForSelector('[data-testid="onboarding"][data-complete="true"]');
    expect(await again.$('[data-testid="onboarding-step-connect"]')).toBeNull(); // collapsed once done
    await again.selectOption('[data-testid="policy"]', 'REQUIRED');
    await again.click('[data-testid="save-policy"]');
    await again.waitForSelector('[data-testid="onboarding"][data-current="personalKeys"]');
    await step(again, 'personalKeys', 'todo');
    const account = await open('my-metakocka-account');
    await account.waitForSelector('[data-testid="my-status"][data-stored="false"]');
    await account.fill('[data-testid="my-secret-key"]', SANDBOX_KEY);
    await account.click('[data-testid="my-save"]');
    await account.waitForSelector('[data-testid="my-status"][data-stored="true"]');
    expect(rows('metakockaCredential')).toEqual([
      expect.objectContaining({ ownerWorkspaceMemberId: PERSONAS.manager.workspaceMemberId, status: 'VERIFIED' }),
    ]);

    // Done: the settings page, opened again, shows the checklist complete and collapsed; its steps on demand.
    const done = await open('metakocka-settings');
    await done.waitForSelector('[data-testid="onboarding"][data-complete="true"]');
    expect(await done.textContent('[data-testid="onboarding-summary"]')).toContain('Setup is complete');
    await done.click('[data-testid="onboarding-toggle"]');
    expect(Object.values(await stepStates(done))).toEqual(['done', 'done', 'done', 'done', 'done']);

    // The same in Slovenian.
    const slovenian = await open('metakocka-settings', 'sl');
    await slovenian.waitForSelector('[data-testid="onboarding"][data-complete="true"]');
    expect(await slovenian.textContent('#onboarding-title')).toBe('Prvi koraki');
    expect(await slovenian.textContent('[data-testid="onboarding-summary"]')).toContain('Nastavitev je končana');
  }, 600_000);
});
