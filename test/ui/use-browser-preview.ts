// The built front components in the UI preview (their routes run by the built functions on the Twenty stand-in, Metakocka
// played by the sandbox) and a browser to open them in: started once per test file, torn down after it.
import { rmSync } from 'node:fs';

import type { Page } from 'playwright-core';

import { builtOutput } from 'test/credentials/route-world';
import { launchBrowser } from 'test/ui/browser';
import { startUiPreview, type PreviewOptions, type UiPreview } from 'test/ui/preview/server';

export interface BrowserPreview {
  readonly preview: UiPreview;
  /** Opens a front component by name as the preview's persona, with the query Twenty's host would give it. */
  open(name: string, query: URLSearchParams, prepare?: (page: Page) => void): Promise<Page>;
}

export function useBrowserPreview(
  secretKey: string,
  prepare: (preview: UiPreview) => void = () => undefined,
  options: Omit<PreviewOptions, 'outputDir' | 'secretKey'> = {},
): BrowserPreview {
  let outputDir = '';
  let preview: UiPreview | undefined;
  let browser: Awaited<ReturnType<typeof launchBrowser>> | undefined;
  beforeAll(async () => {
    outputDir = await builtOutput();
    preview = await startUiPreview({ outputDir, secretKey, ...options });
    prepare(preview);
    browser = await launchBrowser();
  }, 600_000);
  afterAll(async () => {
    await browser?.close();
    await preview?.close();
    if (outputDir) rmSync(outputDir, { recursive: true, force: true });
  });
  return {
    get preview() {
      return preview!;
    },
    async open(name, query, preparePage) {
      const component = preview!.components.find((c) => c.name === name)!;
      const page = await browser!.context.newPage();
      page.setDefaultTimeout(60_000);
      preparePage?.(page);
      await page.goto(`${preview!.url}/fc/${component.universalIdentifier}?${query}`);
      await page.waitForSelector('body[data-mounted="true"]');
      return page;
    },
  };
}
