// Plays one workflow of workflows.ts in the UI preview, in one language: opens its component as the manager, and per
// cue takes the steps, waits until the page's requests have settled, and keeps one frame with the part the cue is
// about scrolled into view and outlined. The frames are encoded by encode.ts; Playwright's own recorder needs an
// ffmpeg build it downloads, so none is used here.
import type { Language } from 'plugin/constants/plural';
import type { BrowserContext, Page } from 'playwright-core';
import type { UiPreview } from 'test/ui/preview/server';

import { caption } from './messages';
import type { Step, Workflow } from './workflows';

export interface RecordedCue {
  /** The caption's lines, each one text of the language's catalogue. */
  lines: string[];
  /** The screen under this caption (PNG). */
  frame: Buffer;
  seconds: number;
}

/** Long enough to read the caption at a calm pace (about 14 characters a second), and never a blink. */
export const readingSeconds = (lines: string[]) => Math.max(4, Math.ceil(lines.join(' ').length / 14));

export async function recordWorkflow(
  workflow: Workflow,
  language: Language,
  preview: UiPreview,
  context: BrowserContext,
): Promise<RecordedCue[]> {
  const component = preview.components.find((c) => c.name === workflow.component);
  if (!component) throw new Error(`No front component named "${workflow.component}" in the built manifest.`);
  const page = await context.newPage();
  try {
    page.setDefaultTimeout(60_000);
    page.on('dialog', (dialog) => void dialog.accept()); // a command's confirmation: the user confirms
    await page.setViewportSize(workflow.viewport);
    const settled = trackRequests(page);
    const query = new URLSearchParams({
      as: 'manager',
      lang: language,
      ...(workflow.selection ? preview.examples[workflow.component] : {}),
    });
    await page.goto(`${preview.url}/fc/${component.universalIdentifier}?${query}`);
    await page.waitForSelector('body[data-mounted="true"]');
    await page.waitForSelector(workflow.opened);
    await settled();

    const cues: RecordedCue[] = [];
    const keep = async (lines: string[], show?: string) => {
      cues.push({ lines, frame: await frameShowing(page, show), seconds: readingSeconds(lines) });
    };
    await keep([caption(language, 'preview.notice'), caption(language, workflow.title)]);
    for (const cue of workflow.cues) {
      for (const step of cue.steps ?? []) await take(page, preview, step);
      await settled();
      await keep([caption(language, cue.caption)], cue.show);
    }
    return cues;
  } finally {
    await page.close();
  }
}

async function take(page: Page, preview: UiPreview, step: Step): Promise<void> {
  if ('fill' in step) return page.fill(step.fill, typeof step.value === 'function' ? step.value(preview) : step.value);
  if ('select' in step) return void (await page.selectOption(step.select, step.value));
  if ('click' in step) return page.click(step.click);
  if ('check' in step) return page.check(step.check);
  if ('waitFor' in step) return void (await page.waitForSelector(step.waitFor));
  const { harness } = preview;
  if (step.runJobs !== 'all') return void (await harness.drainJobs({ max: step.runJobs }));
  // Jobs queue further jobs (a run's next page); the worker keeps going until none is left.
  for (let round = await harness.drainJobs(); round.ran > 0; round = await harness.drainJobs());
}

/** A function that resolves once no request of the page has been in flight for a moment (the screen has caught up). */
function trackRequests(page: Page): () => Promise<void> {
  let inFlight = 0;
  let lastChange = Date.now();
  const change = (delta: number) => {
    inFlight += delta;
    lastChange = Date.now();
  };
  page.on('request', () => change(1));
  page.on('requestfinished', () => change(-1));
  page.on('requestfailed', () => change(-1));
  return async () => {
    while (inFlight > 0 || Date.now() - lastChange < 500) await page.waitForTimeout(100);
  };
}

/**
 * The viewport with `selector` scrolled into view and outlined, so the viewer sees where the cue points; without one,
 * the top of the page as it opened.
 */
async function frameShowing(page: Page, selector?: string): Promise<Buffer> {
  if (!selector) {
    await page.evaluate(() => window.scrollTo(0, 0));
    return page.screenshot({ type: 'png' });
  }
  const target = page.locator(selector).first();
  await target.scrollIntoViewIfNeeded();
  await target.evaluate((element: HTMLElement) => {
    element.dataset.videoOutline = element.style.outline;
    element.style.outline = '3px solid #f59e0b';
    element.style.outlineOffset = '2px';
  });
  const frame = await page.screenshot({ type: 'png' });
  await target.evaluate((element: HTMLElement) => {
    element.style.outline = element.dataset.videoOutline ?? '';
    element.style.outlineOffset = '';
    delete element.dataset.videoOutline;
  });
  return frame;
}
