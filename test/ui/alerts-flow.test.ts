// The sync console's Alerts section in a real browser (issue 18 item 1): the console component in the UI preview, its
// routes run by the built functions on the Twenty stand-in. A manager picks a recipient by name and saves; a reload
// shows the choice; a member without "Manage Metakocka" sees it read-only and is told why; "Send test" reaches a
// receiver of the test's own on loopback (listed in METAKOCKA_ALLOWED_ENDPOINTS, D37) and its answer is a sentence.
// Screenshots (English and Slovenian) go to docs/screenshots/ for the admin guide.
import { join, resolve } from 'node:path';

import type { Page } from 'playwright-core';

import { verifySignature } from 'server/alerts/webhook';
import { useReceiver } from 'test/e2e/alerts-world';
import { browserAvailable } from 'test/ui/browser';
import { PERSONAS } from 'test/ui/preview/server';
import { useBrowserPreview } from 'test/ui/use-browser-preview';

const SCREENSHOTS = resolve(__dirname, '../../docs/screenshots');
const SANDBOX_KEY = 'sbx-alerts-key-5e8a1f03';
const ANA = PERSONAS.member.workspaceMemberId;

const run = browserAvailable() ? describe : describe.skip;

run('alert settings on the sync console', () => {
  // Started before the preview (hooks run in order), so the preview's variables can list it.
  const receiver = useReceiver();

  const world = useBrowserPreview(
    SANDBOX_KEY,
    (preview) =>
      preview.standIn.appVariables.set('METAKOCKA_ALLOWED_ENDPOINTS', `${preview.sandbox.url},${receiver.url}`),
    { connected: true, sandbox: { partners: 2, products: 2, documents: 0 } },
  );

  const pages: Page[] = [];
  // The console polls its live view: a page left open would keep the stand-in busy for the next test.
  afterEach(async () => {
    for (const page of pages.splice(0)) await page.close();
  });
  /** The section's form once read; a failed read fails the test with what the section said. */
  const loaded = async (page: Page) => {
    const shown = await page.waitForSelector(
      '[data-testid="alerts-form"], [data-testid="alerts-section"] [data-testid="state-failed"]',
      { timeout: 180_000 },
    );
    if ((await shown.getAttribute('data-testid')) !== 'alerts-form')
      throw new Error(`The alert settings did not load: ${await shown.textContent()}`);
  };
  const open = async (as: 'manager' | 'member', lang: 'en' | 'sl' = 'en') => {
    const page = await world.open('sync-console', new URLSearchParams({ as, lang }));
    pages.push(page);
    await loaded(page);
    return page;
  };
  const recipient = (id: string) => `[data-testid="input-recipients-${id}"]`;
  const effective = (page: Page) => page.textContent('[data-testid="alerts-effective-recipients"]');
  const shot = (page: Page, file: string) =>
    page.locator('[data-testid="alerts-section"]').screenshot({ path: join(SCREENSHOTS, file) });

  it('a manager picks a recipient by name and saves; a reload shows the choice; the save is audited', async () => {
    const page = await open('manager');
    expect(await page.textContent('[data-testid="setting-recipients"]')).toContain('Ana Novak');
    expect(await page.textContent('[data-testid="setting-recipients"]')).toContain('Maja Kovač');
    expect(await effective(page)).toBe('Nobody gets alert tasks yet: pick someone and save.');
    expect(await page.isDisabled('[data-testid="alerts-save"]')).toBe(true);

    await page.check(recipient(ANA));
    await page.fill('[data-testid="input-failingRunsInARow"]', '5');
    await page.fill('[data-testid="input-digest.at"]', '06:45');
    await page.click('[data-testid="alerts-save"]');
    await page.waitForSelector('[data-testid="alerts-section"] [data-testid="outcome-ok"]');

    await page.reload();
    await loaded(page);
    expect(await page.isChecked(recipient(ANA))).toBe(true);
    expect(await page.isChecked(recipient(PERSONAS.manager.workspaceMemberId))).toBe(false);
    expect(await page.inputValue('[data-testid="input-failingRunsInARow"]')).toBe('5');
    expect(await page.inputValue('[data-testid="input-digest.at"]')).toBe('06:45');
    expect(await effective(page)).toBe('Alerts go to: Ana Novak.');
    const entry = world.preview.standIn.store
      .rows('metakockaAuditEntry')
      .find((row: Record<string, unknown>) => row.action === 'alerts.settings-saved') as Record<string, string>;
    expect(entry).toMatchObject({ actorWorkspaceMemberId: PERSONAS.manager.workspaceMemberId });
    expect(JSON.parse(entry.after!)).toMatchObject({ recipients: [ANA], failingRunsInARow: 5 });
  }, 600_000);

  it('refuses an invalid value naming the setting, and keeps the stored one', async () => {
    const page = await open('manager');
    await page.fill('[data-testid="input-digest.at"]', '25:00');
    await page.click('[data-testid="alerts-save"]');
    const refusal = await page.textContent('[data-testid="alerts-section"] [data-testid="outcome-failed"]');
    expect(refusal).toContain('digest.at');
    await page.reload();
    await loaded(page);
    expect(await page.inputValue('[data-testid="input-digest.at"]')).toBe('06:45');
  }, 600_000);

  it('shows a member the settings read-only, saying why, with nothing to press', async () => {
    const page = await open('member');
    await page.waitForSelector('[data-testid="not-allowed"]');
    expect(await page.textContent('[data-testid="alerts-read-only"]')).toContain('Manage Metakocka');
    expect(await page.isChecked(recipient(ANA))).toBe(true);
    for (const control of [recipient(ANA), '[data-testid="input-webhookUrl"]'])
      expect(await page.isDisabled(control)).toBe(true);
    for (const button of ['alerts-save', 'alerts-secret-generate', 'alerts-test-send'])
      expect(await page.isDisabled(`[data-testid="${button}"]`)).toBe(true);
    await shot(page, 'alerts-read-only-en.png');
  }, 600_000);

  it('generates the signing secret once, and "Send test" says what the receiver answered', async () => {
    const page = await open('manager');
    await page.click('[data-testid="alerts-test-send"]');
    expect(await page.textContent('[data-testid="alerts-test-result"]')).toBe(
      'No test was sent: save a webhook address first.',
    );

    await page.fill('[data-testid="input-webhookUrl"]', `${receiver.url}/hook`);
    await page.click('[data-testid="alerts-save"]');
    await page.waitForSelector('[data-testid="alerts-section"] [data-testid="outcome-ok"]');
    await page.click('[data-testid="alerts-secret-generate"]');
    const secret = await (await page.waitForSelector('[data-testid="alerts-secret"]')).inputValue();
    expect(secret).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect(await page.textContent('[data-testid="alerts-secret-shown"]')).toContain('never shown again');

    await page.click('[data-testid="alerts-test-send"]');
    await page.waitForSelector('[data-testid="alerts-test-result"][data-ok="true"]');
    expect(await page.textContent('[data-testid="alerts-test-result"]')).toBe(
      'The test message was delivered: the receiver answered HTTP 200.',
    );
    expect(receiver.received).toHaveLength(1);
    expect(
      verifySignature(
        secret,
        receiver.received[0]!.body,
        String(receiver.received[0]!.headers['x-metakocka-signature']),
      ),
    ).toBe(true);
    await shot(page, 'alerts-settings-en.png');

    receiver.status = 500;
    await page.click('[data-testid="alerts-test-send"]');
    await page.waitForSelector('[data-testid="alerts-test-result"][data-ok="false"]');
    expect(await page.textContent('[data-testid="alerts-test-result"]')).toBe(
      'The receiver refused the test message: it answered HTTP 500.',
    );
    receiver.status = 200;

    // Shown once: a reload says a secret is set and shows no secret.
    await page.reload();
    await page.waitForSelector('[data-testid="alerts-secret-state"][data-set="true"]');
    expect(await page.$('[data-testid="alerts-secret"]')).toBeNull();
    expect(await page.content()).not.toContain(secret);
  }, 600_000);

  it('speaks Slovenian', async () => {
    const page = await open('manager', 'sl');
    expect(await page.textContent('#alerts-title')).toBe('Opozorila');
    expect(await effective(page)).toBe('Opozorila prejme: Ana Novak.');
    await page.click('[data-testid="alerts-test-send"]');
    expect(await page.textContent('[data-testid="alerts-test-result"]')).toBe(
      'Preizkusno sporočilo je bilo dostavljeno: prejemnik je odgovoril HTTP 200.',
    );
    await shot(page, 'alerts-settings-sl.png');
    const member = await open('member', 'sl');
    expect(await member.textContent('[data-testid="alerts-read-only"]')).toContain('Manage Metakocka');
    await shot(member, 'alerts-read-only-sl.png');
  }, 600_000);
});
