// Every logic function in the built manifest must have a harness test (issue #4 "Done when"): a file
// test/functions/<function name>.test.ts that names the function (or, for a route, its path) and drives the harness,
// directly (harness.route(...), .cron(...), ...) or through a test helper it imports that creates one (createHarness),
// so a new function cannot ship without a test of what it did. A static check: it cannot see which function ran.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

import { ensureBuiltOutput } from 'test/twenty/harness';
import { loadManifest, type ManifestFunction } from 'test/twenty/harness/manifest';

const TEST_DIR = __dirname;
const REPO_ROOT = resolve(__dirname, '..', '..');
const HARNESS_CALL =
  /\b(?:harness|h)\.(?:route|cron|databaseEvents|workflowAction|enqueue|install|uninstall|healthCheck|drainJobs)\(/;
const IMPORT = /from '((?:test\/|\.\.?\/)[^']+)'/g;

/** True when the source, or a test helper it imports (three levels deep), creates a harness. */
export function drivesHarness(source: string, fromDir: string, depth = 3): boolean {
  if (HARNESS_CALL.test(source) || source.includes('createHarness(')) return true;
  if (depth === 0) return false;
  for (const [, spec] of source.matchAll(IMPORT)) {
    const base = spec!.startsWith('test/') ? join(REPO_ROOT, spec!) : resolve(fromDir, spec!);
    const file = [`${base}.ts`, join(base, 'index.ts')].find((candidate) => existsSync(candidate));
    if (file && drivesHarness(readFileSync(file, 'utf8'), dirname(file), depth - 1)) return true;
  }
  return false;
}

/** Why a function's test file does not count, or null when it does. */
export function missingHarnessTest(fn: ManifestFunction, readTest: (name: string) => string | null): string | null {
  const file = `test/functions/${fn.name}.test.ts`;
  const source = readTest(fn.name);
  if (source === null) return `${fn.name}: no ${file}`;
  const mentions = [fn.name, fn.httpRouteTriggerSettings?.path].filter((text): text is string => Boolean(text));
  if (
    !mentions.some((text) => source.includes(`'${text}`) || source.includes(`"${text}`) || source.includes(`\`${text}`))
  ) {
    return `${fn.name}: ${file} never names the function${fn.httpRouteTriggerSettings ? ` or its route ${fn.httpRouteTriggerSettings.path}` : ''}`;
  }
  if (!drivesHarness(source, TEST_DIR))
    return `${fn.name}: ${file} neither calls the harness (harness.route/cron/databaseEvents/workflowAction/enqueue/install/uninstall/healthCheck) nor imports a helper that creates one`;
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

      const missing = manifest.logicFunctions
        .map((fn) => missingHarnessTest(fn, readTestFile))
        .filter((problem): problem is string => problem !== null);

      expect(missing).toEqual([]);
    } finally {
      rmSync(outputDir, { recursive: true, force: true });
    }
  }, 900_000);

  it('does not count a test file that only names the function without driving the harness', () => {
    const fn = {
      name: 'sync-cron',
      universalIdentifier: 'x',
      handlerName: 'default.config.handler',
      builtHandlerPath: 'x.mjs',
    };

    expect(
      missingHarnessTest(
        fn,
        () => "import { x } from 'test/twenty/harness/routes';\nit('sync-cron', () => expect(1).toBe(1));",
      ),
    ).toMatch(/neither calls the harness/);
    expect(missingHarnessTest(fn, () => null)).toMatch(/no test\/functions\/sync-cron.test.ts/);
    expect(missingHarnessTest(fn, () => "await harness.cron('sync-cron');")).toBeNull();
    expect(
      missingHarnessTest(
        fn,
        () => "import { createHarness } from 'test/twenty/harness';\ndescribe('sync-cron', () => {});",
      ),
    ).toBeNull();
  });
});
