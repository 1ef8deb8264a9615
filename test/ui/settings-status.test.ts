// The settings page's status header in a real browser says what the health banner says when the install could not
// list the dashboards among Twenty's (D80): the failed step and Twenty's words, with the next step, in the member's
// language. The settings component runs in the UI preview, its routes by the built functions on the Twenty stand-in.
import type { Page } from 'playwright-core';

import { DASHBOARD_LISTING_KV_KEY, type DashboardListing } from 'server/reports/dashboard-listing';
import { browserAvailable } from 'test/ui/browser';
import { useBrowserPreview } from 'test/ui/use-browser-preview';

const run = browserAvailable() ? describe : describe.skip;

const FAILED: DashboardListing = {
  ok: false,
  at: '2026-12-07T08:00:00.000Z',
  step: 'records',
  detail: 'Forbidden resource',
};

run('the settings page’s status header', () => {
  const world = useBrowserPreview('sbx-status-key-41d9c2e7', () => undefined, {
    connected: true,
    sandbox: { partners: 1, products: 1, documents: 0 },
  });
  const header = async (lang: 'en' | 'sl'): Promise<{ page: Page; text: string }> => {
    const page = await world.open('metakocka-settings', new URLSearchParams({ as: 'manager', lang }));
    const text = (await (await page.waitForSelector('[data-testid="status-header"]')).textContent()) ?? '';
    return { page, text };
  };

  it('names a dashboards-listing failure with its step, Twenty’s words and the next step, in English and Slovenian', async () => {
    const before = await header('en');
    expect(before.text).not.toContain('Dashboards list');
    await before.page.close();

    world.preview.standIn.kv.set(DASHBOARD_LISTING_KV_KEY, FAILED);

    const said = {
      en:
        "The Metakocka dashboards are not in Twenty's Dashboards list (listing the dashboard records): Forbidden " +
        'resource Next step: Open the dashboards from the Metakocka sidebar folder, which works as before; the next ' +
        'upgrade or reinstall lists them again.',
      sl:
        'Nadzornih plošč Metakocke ni na Twentyjevem seznamu nadzornih plošč (dodajanje zapisov nadzornih plošč): ' +
        'Forbidden resource Naslednji korak: Nadzorne plošče odprite iz mape Metakocka v stranski vrstici, ki deluje ' +
        'kot prej; naslednja nadgradnja ali ponovna namestitev jih spet doda na seznam.',
    };
    for (const lang of ['en', 'sl'] as const) {
      const { page } = await header(lang);
      expect(await page.textContent('[data-testid="dashboards-problem"]')).toBe(said[lang]);
      await page.close();
    }
  });
});
