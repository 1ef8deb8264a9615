// Today's screens as a new user meets them (issue 15 item 2), in a real browser: the real front components in the UI
// preview, seeded (connected to the sandbox, synced, a member's key stored, records for every command), their routes
// run by the built functions on the Twenty stand-in with Metakocka played by the sandbox. Each test is one defect
// found when the screens were tried, checked the way the user would notice it. Screenshots of the fixed screens go
// to docs/screenshots/ in English and Slovenian.
import { join, resolve } from 'node:path';

import type { Page } from 'playwright-core';

import { CREDENTIAL_ROUTES } from 'plugin/constants/route-paths';
import { browserAvailable } from 'test/ui/browser';
import { PERSONAS } from 'test/ui/preview/server';
import { SEEDED } from 'test/ui/preview/seed';
import { useBrowserPreview } from 'test/ui/use-browser-preview';

const SCREENSHOTS = resolve(__dirname, '../../docs/screenshots');
const SANDBOX_KEY = 'sbx-screens-key-8c41e07d2b95';

const run = browserAvailable() ? describe : describe.skip;

run('today’s screens, fixed', () => {
  const world = useBrowserPreview(SANDBOX_KEY, () => undefined, { seed: true });
  const open = (name: string, as: 'manager' | 'member', more: Record<string, string> = {}) =>
    world.open(name, new URLSearchParams({ as, lang: 'en', ...(world.preview.examples[name] ?? {}), ...more }));
  const shot = (page: Page, file: string) => page.screenshot({ path: join(SCREENSHOTS, file), fullPage: true });
  const text = async (page: Page, selector: string) =>
    (await (await page.waitForSelector(selector)).textContent()) ?? '';
  const settings = async (lang = 'en') => {
    const page = await open('metakocka-settings', 'manager', { lang });
    await page.waitForSelector('[data-testid="status-header"]');
    await page.waitForSelector('[data-testid="personal-section"]');
    return page;
  };

  it('a 3,000-character key and a 500-digit company id are called too long, with the limit, and nothing is sent', async () => {
    const page = await settings();
    const calls = world.preview.sandbox.calls.total();
    await page.fill('[data-testid="secret-key"]', 'k'.repeat(3000));
    await page.click('[data-testid="test-connection"]');
    expect(await text(page, '[data-testid="outcome-failed"]')).toContain(
      'The secret key is too long: 3000 characters, and a Metakocka secret key has at most 200.',
    );
    await page.fill('[data-testid="secret-key"]', '');
    await page.fill('[data-testid="company-id"]', '7'.repeat(500));
    await page.click('[data-testid="save-connection"]');
    await page.waitForFunction(() =>
      document.querySelector('[data-testid="outcome-failed"]')?.textContent?.includes('digits'),
    );
    const said = await text(page, '[data-testid="outcome-failed"]');
    expect(said).toContain('The company id is too long: 500 digits, and a Metakocka company id has at most 12.');
    expect(said).not.toMatch(/digits only|contains spaces/);
    expect(world.preview.sandbox.calls.total()).toBe(calls);
  });

  it('a very long custom address stays inside the card and the page', async () => {
    const page = await settings();
    await page.selectOption('[data-testid="endpoint"]', 'custom');
    await page.fill('[data-testid="custom-url"]', `https://${'metakocka-'.repeat(200)}example.si/rest/eshop/v1/json`);
    await page.click('[data-testid="test-connection"]');
    await page.waitForSelector('[data-testid="outcome-failed"]');
    const overflow = await page.evaluate(() => {
      const card = document.querySelector('[data-testid="connection-section"]') as HTMLElement;
      return {
        page: document.documentElement.scrollWidth - document.documentElement.clientWidth,
        card: card.scrollWidth - card.clientWidth,
      };
    });
    expect(overflow).toEqual({ page: 0, card: 0 });
  });

  it('a member whose key Metakocka refuses is told what a member can do, not to use the app settings', async () => {
    const page = await open('my-metakocka-account', 'member');
    await page.fill('[data-testid="my-secret-key"]', 'wrong-member-key-71d2');
    await page.press('[data-testid="my-secret-key"]', 'Enter'); // Enter in a field submits
    const said = await text(page, '[data-testid="outcome-failed"]');
    expect(said).toContain(
      `Copy the secret key of your own Metakocka user in company ${world.preview.sandbox.companyId}`,
    );
    expect(said).not.toContain('app settings');
  });

  it('a failed last sync shows when it failed, what to do next and a link to the run', async () => {
    const { standIn } = world.preview;
    const finished = standIn.store
      .rows('metakockaSyncRun')
      .map((r) => String(r.finishedAt ?? ''))
      .sort()
      .pop()!;
    const at = new Date(Date.parse(finished) + 60_000).toISOString();
    const [failed] = standIn.seed('metakockaSyncRun', [
      {
        name: 'Partners',
        status: 'FAILED',
        startedAt: finished,
        finishedAt: at,
        errorSummary: 'Metakocka did not answer.',
      },
    ]);
    try {
      const page = await settings();
      await page.waitForSelector('[data-testid="status-header"][data-state="SYNC_FAILED"]');
      const header = await text(page, '[data-testid="status-header"]');
      expect(header).toMatch(/the last sync \(\d{1,2} \w{3} \d{4}, \d{2}:\d{2}\) failed/);
      expect(header).toContain('Next step: Open the failed sync run');
      expect(await page.getAttribute('[data-testid="failed-run-link"]', 'href')).toBe(
        `/object/metakockaSyncRun/${String(failed!.id)}`,
      );
      await shot(page, 'settings-sync-failed.png');
    } finally {
      standIn.store.remove('metakockaSyncRun', String(failed!.id));
    }
  });

  it('"Create order" for an opportunity whose company is not linked names the company and how to link it', async () => {
    const page = await open('create-metakocka-order-command', 'manager');
    const product = world.preview.standIn.store.rows('metakockaProduct').find((p) => p.isActive && p.code)!;
    await page.fill('[data-testid="line-code-0"]', String(product.code));
    await page.click('[data-testid="product-hit"] >> nth=0');
    await page.click('[data-testid="lines-submit"]');
    const refusal = await text(page, '[data-testid="command-failed"]');
    expect(refusal).toContain('The company "Kavarna Brez Povezave d.o.o." is not linked to a Metakocka partner');
    expect(refusal).toContain('Link to Metakocka partner');
    expect(refusal).not.toContain(SEEDED.unlinkedCompany);
    expect(refusal).not.toMatch(/an address|push the document again/);
  });

  it('"Change status" lists the workspace’s statuses with the current one marked, turns a refusal into a sentence and offers the valid names', async () => {
    const { standIn, sandbox } = world.preview;
    const name = 'change-sales-document-status-command';
    const documentId = world.preview.examples[name]!.records!;
    const current = String(standIn.store.get('metakockaSalesDocument', documentId)!.status);
    const page = await open(name, 'manager');
    await page.waitForSelector(`[data-testid="status-choice"] option:text("${current} (current)")`, {
      state: 'attached',
    });
    expect(await text(page, '[data-testid="change-status-form"]')).toContain(`Its status now: ${current}.`);

    await page.selectOption('[data-testid="status-choice"]', { label: 'Another status (type its name)' });
    await page.fill('[data-testid="status-code"]', 'Poslano');
    await page.press('[data-testid="status-code"]', 'Enter');
    const refusal = await text(page, '[data-testid="command-failed"]');
    expect(refusal).toContain('Metakocka has no order status named "Poslano" in this company.');
    expect(refusal).not.toMatch(/Paramether|opr_code|status_code/);
    const offered = await page.$$eval('[data-testid="status-choice"] option', (options) =>
      options.map((o) => o.textContent),
    );
    expect(offered).toContain('Odpremljen');

    await page.selectOption('[data-testid="status-choice"]', 'Odpremljen');
    await page.click('[data-testid="status-submit"]');
    expect(await text(page, '[data-testid="command-ok"]')).toBe('The status is now "Odpremljen" in Metakocka.');
    const mkId = String(standIn.store.get('metakockaSalesDocument', documentId)!.metakockaId);
    expect(sandbox.store.documents.get(mkId)!.statusKey).toBe('shipped');
    await shot(page, 'change-status.png');
    const slovenian = await open(name, 'manager', { lang: 'sl' });
    await slovenian.waitForSelector('[data-testid="status-choice"] option:text("Odpremljen (trenutni)")', {
      state: 'attached',
    });
    await shot(slovenian, 'change-status-sl.png');
  });

  it('the offer form at side-panel width: a product found by name, a unit-price column, a readable product field, and the 50-line limit said', async () => {
    const { standIn, sandbox } = world.preview;
    const page = await open('create-metakocka-offer-command', 'manager');
    await page.waitForSelector('[data-testid="line-code-0"]'); // the form shows once the member's language is known
    expect(
      await page.evaluate(() => document.getElementById('frame')!.getBoundingClientRect().width),
    ).toBeLessThanOrEqual(400);
    expect(
      await page.$eval('[data-testid="line-code-0"]', (input) => input.getBoundingClientRect().width),
    ).toBeGreaterThan(250);

    const product = standIn.store
      .rows('metakockaProduct')
      .find(
        (p) => p.isActive && String(p.name ?? '').length > 4 && (p.netPrice as { amountMicros?: number })?.amountMicros,
      )!;
    const word = String(product.name).slice(0, 5);
    await page.fill('[data-testid="line-code-0"]', word);
    await page.click(`[data-testid="product-hit"]:has-text("${String(product.code)}")`);
    expect(await text(page, '[data-testid="line-product-0"]')).toContain(String(product.code));
    expect(await page.inputValue('[data-testid="line-price-0"]')).not.toBe('');
    await page.fill('[data-testid="line-price-0"]', '7,25');
    await page.fill('[data-testid="line-quantity-0"]', '3');
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    await shot(page, 'create-offer.png');
    await page.click('[data-testid="lines-submit"]');
    expect(await text(page, '[data-testid="command-ok"]')).toMatch(/offer/i);
    const offer = sandbox.store.documents
      .list()
      .filter((d) => d.docType === 'sales_offer')
      .pop()!;
    expect(offer.lines.map((l) => ({ product: l.productMkId, amount: l.amount }))).toEqual([
      { product: product.metakockaId, amount: 300_000_000n },
    ]);

    for (let i = 1; i < 50; i += 1) await page.click('[data-testid="line-add"]');
    expect(await page.isDisabled('[data-testid="line-add"]')).toBe(true);
    const limit = await text(page, '[data-testid="lines-limit"]');
    expect(limit).toContain('at most 50 lines');
    const describedBy = await page.getAttribute('[data-testid="line-add"]', 'aria-describedby');
    expect(await page.textContent(`[id="${describedBy}"]`)).toBe(limit);

    const slovenian = await open('create-metakocka-offer-command', 'manager', { lang: 'sl' });
    await slovenian.fill('[data-testid="line-code-0"]', word);
    await slovenian.waitForSelector('[data-testid="product-hit"]');
    await shot(slovenian, 'create-offer-sl.png');
  });

  it('the list of personal keys names the member; revoke and remove ask first; rotation with nothing stored is refused', async () => {
    const { standIn } = world.preview;
    const page = await settings();
    expect(await text(page, '[data-testid="personal-member"]')).toBe('Ana Novak');
    await shot(page, 'settings-seeded.png');
    await shot(await settings('sl'), 'settings-seeded-sl.png');

    // Remove my key: asks, and "Cancel" keeps it.
    const member = await open('my-metakocka-account', 'member');
    await member.click('[data-testid="my-delete"]');
    expect(await text(member, '[data-testid="my-delete-confirm"]')).toContain('Remove your Metakocka key?');
    await member.click('[data-testid="my-delete-no"]');
    expect(standIn.store.rows('metakockaCredential')).toHaveLength(1);
    await shot(member, 'my-account-seeded.png');

    // Rotate: asks first.
    await page.click('[data-testid="rotate-key"]');
    expect(await text(page, '[data-testid="rotate-key-confirm"]')).toContain('Rotate the encryption key?');
    await page.click('[data-testid="rotate-key-no"]');

    // Revoke: asks, naming the member; "Yes" revokes.
    await page.click('[data-testid="revoke"]');
    expect(await text(page, '[data-testid="revoke-confirm"]')).toContain('Revoke the Metakocka key of Ana Novak?');
    expect(standIn.store.rows('metakockaCredential')).toHaveLength(1);
    await page.click('[data-testid="revoke-yes"]');
    await page.waitForSelector('[data-testid="personal-empty"]');
    expect(standIn.store.rows('metakockaCredential')).toHaveLength(0);

    // Nothing stored: rotation cannot be started, and the page says why.
    const key = standIn.appVariables.get('METAKOCKA_CREDENTIAL_ENCRYPTION_KEY');
    expect(await page.isDisabled('[data-testid="rotate-key"]')).toBe(true);
    expect(await text(page, '[data-testid="rotation-nothing"]')).toContain('nothing to re-encrypt');
    expect(standIn.appVariables.get('METAKOCKA_CREDENTIAL_ENCRYPTION_KEY')).toBe(key);

    // Disabled buttons do not look like enabled ones.
    const look = (selector: string) =>
      page.$eval(selector, (button) => {
        const style = getComputedStyle(button);
        return { cursor: style.cursor, border: style.borderStyle };
      });
    expect(await look('[data-testid="rotate-key"]')).toEqual({ cursor: 'not-allowed', border: 'dashed' });
    expect(await look('[data-testid="save-policy"]')).toEqual({ cursor: 'pointer', border: 'solid' });

    // Put the member's key back for the other tests.
    await world.preview.harness.route(`/s${CREDENTIAL_ROUTES.mineSave}`, {
      method: 'POST',
      body: { companyId: world.preview.sandbox.companyId, secretKey: SANDBOX_KEY },
      as: PERSONAS.member,
    });
  });

  it('controls are named by their labels, hints are descriptions, Enter submits, and "Test connection" keeps focus', async () => {
    const page = await settings();
    expect(await page.getByRole('combobox', { name: 'Actions people start in Twenty use', exact: true }).count()).toBe(
      1,
    );
    const companyId = page.getByRole('textbox', { name: 'Company id', exact: true });
    expect(await companyId.count()).toBe(1);
    const hintIds = (await companyId.getAttribute('aria-describedby'))!.split(' ');
    expect(await page.textContent(`[id="${hintIds[0]}"]`)).toBe('In Metakocka: Settings → API.');

    await page.focus('[data-testid="test-connection"]');
    await page.keyboard.press('Enter');
    await page.waitForSelector('[data-testid="check-list"]');
    expect(await page.evaluate(() => (document.activeElement as HTMLElement | null)?.dataset.testid)).toBe(
      'test-connection',
    );

    await page.press('[data-testid="company-id"]', 'Enter');
    expect(await text(page, '[data-testid="outcome-ok"]')).toBe('Saved. Metakocka accepted the credentials.');
  });
});
