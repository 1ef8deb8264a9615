// The tarball an admin uploads (`npm run build`, or `twenty app:publish --private`, which packs the same way through
// package.json "files"): the built functions and components, the entry sources the manifest names (Twenty serves
// them back as a function's source code), the public assets, and nothing that shows the build machine (D42).
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { ensureBuiltOutput } from 'test/twenty/harness';

const MACHINE_PATH = /\/(?:work|home|Users)\//;

describe('the app tarball', () => {
  let entries: string[] = [];
  let unpacked = '';
  let manifest: { logicFunctions: Array<Record<string, string>>; frontComponents: Array<Record<string, string>> };

  beforeAll(async () => {
    const outputDir = await ensureBuiltOutput();
    const tarball = readdirSync(outputDir).find((name) => name.endsWith('.tgz'));
    if (!tarball) throw new Error(`npm run build left no tarball in ${outputDir}.`);
    unpacked = mkdtempSync(join(tmpdir(), 'twenty-metakocka-tarball-'));
    execFileSync('tar', ['xzf', join(outputDir, tarball), '-C', unpacked]);
    entries = execFileSync('tar', ['tzf', join(outputDir, tarball)], { encoding: 'utf8' })
      .trim()
      .split('\n')
      .map((entry) => entry.replace(/^package\//, ''));
    manifest = JSON.parse(readFileSync(join(unpacked, 'package', 'manifest.json'), 'utf8'));
  }, 900_000);
  afterAll(() => rmSync(unpacked, { recursive: true, force: true }));

  it('ships every built function and component the manifest names, with the manifest and package.json', () => {
    const built = [
      ...manifest.logicFunctions.map((fn) => fn.builtHandlerPath!),
      ...manifest.frontComponents.map((fc) => fc.builtComponentPath!),
    ];
    expect(built.length).toBeGreaterThan(40);
    expect(entries).toEqual(expect.arrayContaining(['manifest.json', 'package.json', ...built]));
  });

  it('ships no source map, and TypeScript only for the entry files the manifest names as sources', () => {
    const sources = [
      ...manifest.logicFunctions.map((fn) => fn.sourceHandlerPath!),
      ...manifest.frontComponents.map((fc) => fc.sourceComponentPath!),
    ];
    expect(entries.filter((entry) => entry.endsWith('.map'))).toEqual([]);
    expect(entries.filter((entry) => /\.tsx?$/.test(entry)).sort()).toEqual([...sources].sort());
  });

  it('holds no absolute path of the machine that built it', () => {
    const withPaths = entries.filter(
      (entry) => !entry.endsWith('.png') && MACHINE_PATH.test(readFileSync(join(unpacked, 'package', entry), 'utf8')),
    );
    expect(withPaths).toEqual([]);
  });
});
