// npm run docs:videos [-- --only <name>[,<name>]] [-- --lang en|sl]: records every workflow of
// scripts/videos/workflows.ts in the UI preview with Debian's Chromium, in English and then Slovenian, and writes
// docs/videos/<name>-<language>.mp4 with its WebVTT captions (.vtt). Each workflow gets a preview of its own, started
// the way the workflow asks (fresh, connected, seeded). test/docs/videos.test.ts checks the committed files.
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { resolve } from 'node:path';

import { LANGUAGES, type Language } from 'plugin/constants/plural';
import { ensureBuiltOutput } from 'test/twenty/harness';
import { launchBrowser } from 'test/ui/browser';
import { startUiPreview } from 'test/ui/preview/server';

import { writeVideo } from './videos/encode';
import { recordWorkflow } from './videos/record';
import { WORKFLOWS } from './videos/workflows';

export const VIDEOS_DIR = resolve(__dirname, '..', 'docs', 'videos');

function option(name: string): string[] | undefined {
  const index = process.argv.indexOf(`--${name}`);
  return index === -1 ? undefined : (process.argv[index + 1] ?? '').split(',').filter(Boolean);
}

async function main(): Promise<void> {
  const only = option('only');
  const languages = (option('lang') ?? LANGUAGES) as Language[];
  const unknown = only?.filter((name) => !WORKFLOWS.some((w) => w.name === name));
  if (unknown?.length)
    throw new Error(`No workflow named ${unknown.join(', ')}; known: ${WORKFLOWS.map((w) => w.name).join(', ')}.`);
  mkdirSync(VIDEOS_DIR, { recursive: true });
  process.stderr.write('Building the app if needed (npm run build)…\n');
  const outputDir = await ensureBuiltOutput();
  const browser = await launchBrowser();
  try {
    for (const workflow of WORKFLOWS.filter((w) => !only || only.includes(w.name))) {
      if (workflow.skip) {
        process.stderr.write(`Skipped "${workflow.name}": ${workflow.skip}\n`);
        continue;
      }
      for (const language of languages) {
        const preview = await startUiPreview({ outputDir, ...workflow.preview });
        try {
          await workflow.prepare?.(preview);
          const cues = await recordWorkflow(workflow, language, preview, browser.context);
          const base = resolve(VIDEOS_DIR, `${workflow.name}-${language}`);
          writeVideo(cues, language, base);
          const megabytes = (statSync(`${base}.mp4`).size / 2 ** 20).toFixed(2);
          process.stdout.write(`${workflow.name}-${language}.mp4: ${cues.length} cues, ${megabytes} MB\n`);
        } finally {
          await preview.close();
        }
      }
    }
  } finally {
    await browser.close();
    rmSync(outputDir, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`docs:videos failed: ${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
