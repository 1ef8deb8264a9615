// Every screen of the app in the UI preview, checked with axe-core (the accessibility engine browsers' dev tools use)
// in light and dark, in English and Slovenian, at the width Twenty gives it: no serious or critical violation, and
// nothing Twenty's front-component host would drop (UI-SURFACES.md §4.2). Only the component's own markup (#root) is
// checked: the host page around it is the preview's, not Twenty's (the real host's markup stays unverified).
import type { Page } from 'playwright-core';

import { browserAvailable } from 'test/ui/browser';
import { useBrowserPreview } from 'test/ui/use-browser-preview';

const AXE = require.resolve('axe-core/axe.min.js');
const SANDBOX_KEY = 'sbx-axe-key-04b7c9e1d6a3';

interface Screen {
  name: string;
  as: 'manager' | 'member';
  /** What shows the screen is loaded. */
  ready: string;
  /** A state the user reaches on the screen, checked too (an answer under the form, a confirmation). */
  then?: (page: Page) => Promise<void>;
}

const SCREENS: Screen[] = [
  {
    name: 'metakocka-settings',
    as: 'manager',
    ready: '[data-testid="personal-section"]',
    then: async (page) => {
      await page.click('[data-testid="test-connection"]');
      await page.waitForSelector('[data-testid="check-list"]');
      await page.click('[data-testid="revoke"]');
      await page.waitForSelector('[data-testid="revoke-confirm"]');
    },
  },
  { name: 'metakocka-settings', as: 'member', ready: '[data-testid="not-allowed"]' },
  {
    name: 'my-metakocka-account',
    as: 'member',
    ready: '[data-testid="my-credential"]',
    then: async (page) => {
      await page.fill('[data-testid="my-secret-key"]', 'x'.repeat(300));
      await page.click('[data-testid="my-save"]');
      await page.waitForSelector('[data-testid="outcome-failed"]');
    },
  },
  { name: 'link-partner-command', as: 'manager', ready: '[data-testid="link-partner-form"]' },
  {
    name: 'change-sales-document-status-command',
    as: 'manager',
    ready: '[data-testid="status-choice"] option:nth-child(2)',
  },
  {
    name: 'create-metakocka-offer-command',
    as: 'manager',
    ready: '[data-testid="opportunity-offer-form"]',
    then: async (page) => {
      await page.fill('[data-testid="line-code-0"]', 'a');
      await page.waitForSelector('[data-testid="product-hit"]');
    },
  },
  {
    name: 'create-metakocka-order-command',
    as: 'manager',
    ready: '[data-testid="opportunity-order-form"]',
    then: async (page) => {
      await page.click('[data-testid="lines-submit"]');
      await page.waitForSelector('[data-testid="command-failed"]');
    },
  },
];

type Finding = { id: string; impact: string | null; nodes: string[] };

async function seriousViolations(page: Page): Promise<Finding[]> {
  if (!(await page.evaluate(() => 'axe' in globalThis))) await page.addScriptTag({ path: AXE });
  return page.evaluate(async () => {
    const axe = (globalThis as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<any> } }).axe;
    const result = await axe.run({ include: ['#root'] }, { resultTypes: ['violations'] });
    return (result.violations as Array<{ id: string; impact: string | null; nodes: Array<{ target: string[] }> }>)
      .filter((v) => v.impact === 'serious' || v.impact === 'critical')
      .map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.map((n) => n.target.join(' ')) }));
  });
}

const run = browserAvailable() ? describe : describe.skip;

run('accessibility of every screen (axe-core)', () => {
  const world = useBrowserPreview(SANDBOX_KEY, () => undefined, { seed: true });

  const cases = SCREENS.flatMap((screen) =>
    (['light', 'dark'] as const).flatMap((theme) =>
      (['en', 'sl'] as const).map(
        (lang) => [`${screen.name} as ${screen.as}, ${theme}, ${lang}`, screen, theme, lang] as const,
      ),
    ),
  );

  it.each(cases)(
    '%s: no serious or critical violation, nothing the host drops',
    async (_title, screen, theme, lang) => {
      const page = await world.open(
        screen.name,
        new URLSearchParams({ as: screen.as, lang, theme, ...(world.preview.examples[screen.name] ?? {}) }),
      );
      await page.waitForSelector(screen.ready, { state: 'attached' });
      expect(await seriousViolations(page)).toEqual([]);
      if (screen.then) {
        await screen.then(page);
        expect(await seriousViolations(page)).toEqual([]);
      }
      expect(await page.evaluate(() => (globalThis as unknown as { __hostRefused: string[] }).__hostRefused)).toEqual(
        [],
      );
      await page.close();
    },
  );
});
