// Every logic function in the built manifest must have a harness test (issue #4 "Done when"): a file
// test/functions/<function name>.test.ts that drives the harness and names the function (or, for a route, its path),
// so a new function cannot ship without a test of what it did.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';

import { ensureBuiltOutput } from 'test/twenty/harness';
import { loadManifest, type ManifestFunction } from 'test/twenty/harness/manifest';

const TEST_DIR = __dirname;
const HARNESS_CALL = /\b(?:harness|h)\.(?:route|cron|databaseEvents|workflowAction|enqueue|install|uninstall|healthCheck|drainJobs)\(/;

/** Why a function's test file does not count, or null when it does. */
export function missingHarnessTest(fn: ManifestFunction, readTest: (name: string) => string | null): string | null {
  const file = `test/functions/${fn.name}.test.ts`;
  const source = readTest(fn.name);
  if (source === null) return `${fn.name}: no ${file}`;
  const mentions = [fn.name, fn.httpRouteTriggerSettings?.path].filter((text): text is string => Boolean(text));
  if (!mentions.some((text) => source.includes(`'${text}`) || source.includes(`"${text}`) || source.includes(`\`${text}`))) {
    return `${fn.name}: ${file} never names the function${fn.httpRouteTriggerSettings ? ` or its route ${fn.httpRouteTriggerSettings.path}` : ''}`;
  }
  if (!HARNESS_CALL.test(source)) return `${fn.name}: ${file} never calls the harness (harness.route/cron/databaseEvents/workflowAction/enqueue/install/uninstall/healthCheck)`;
  return null;
}

const readTestFile = (name: string): string | null => {
  const path = join(TEST_DIR, `${name}.test.ts`);
  return existsSync(path) ? readFileSync(path, 'utf8') : null;
};

describe('every logic function has a harness test', () => {
  it('finds a test/functions/<name>.test.ts that runs each built function through the harness', async () => {
    const outputDir = await ensureBuiltOutput();
    try {
      const { manifest } = loadManifest(outputDir);
      expect(manifest.logicFunctions.length).toBeGreaterThan(0);

      const missing = manifest.logicFunctions.map((fn) => missingHarnessTest(fn, readTestFile)).filter((problem): problem is string => problem !== null);

      expect(missing).toEqual([]);
    } finally {
      rmSync(outputDir, { recursive: true, force: true });
    }
  }, 300_000);

  it('does not count a test file that only names the function without driving the harness', () => {
    const fn = { name: 'sync-cron', universalIdentifier: 'x', handlerName: 'default.config.handler', builtHandlerPath: 'x.mjs' };

    expect(missingHarnessTest(fn, () => "it('sync-cron', () => expect(1).toBe(1));")).toMatch(/never calls the harness/);
    expect(missingHarnessTest(fn, () => null)).toMatch(/no test\/functions\/sync-cron.test.ts/);
    expect(missingHarnessTest(fn, () => "await harness.cron('sync-cron');")).toBeNull();
  });
});
