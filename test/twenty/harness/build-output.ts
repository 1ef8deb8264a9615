// Gives tests a private copy of the app's build output: builds with scripts/build.mjs when .twenty/output is missing or
// older than a source file, then copies it to a temp dir under the build lock (another helper may rebuild meanwhile,
// CONTRACTS.md "npm run build"), with node_modules linked so twenty-client-sdk resolves as an external import.
// HARNESS_OUTPUT_DIR=<dir> skips all of it and uses that build output as it is.
import { execFileSync } from 'node:child_process';
import {
  cpSync,
  existsSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { withDirLock } from 'test/twenty/harness/dir-lock';
import { REPO_ROOT } from 'test/twenty/harness/fixture-build';

const OUTPUT_DIR = join(REPO_ROOT, '.twenty', 'output');
const BUILD_LOCK = join(REPO_ROOT, '.twenty', 'build.lock');
const HARNESS_LOCK = join(REPO_ROOT, '.twenty', 'harness-build.lock');
const STARTED_MARKER = join(REPO_ROOT, '.twenty', 'harness-build-started-at');
const SOURCE_ROOTS = ['plugin', 'server', 'ui', 'migrations', 'package.json', 'tsconfig.json'];
const PROCESS_STARTED_AT = Date.now() - process.uptime() * 1000;
/** A build younger than this is reused even if a file changed since: many helpers edit and build one tree at once. */
const FRESH_ENOUGH_MS = 120_000;

const newestMtime = (path: string): number => {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), stat.mtimeMs);
};

/** When the build that produced .twenty/output started (the manifest's mtime if the harness did not run it). */
function buildStartedAt(): number | null {
  const manifest = join(OUTPUT_DIR, 'manifest.json');
  if (!existsSync(manifest)) return null;
  const manifestAt = statSync(manifest).mtimeMs;
  const marked = existsSync(STARTED_MARKER) ? Number(readFileSync(STARTED_MARKER, 'utf8')) : NaN;
  return Number.isFinite(marked) && marked <= manifestAt ? marked : manifestAt;
}

export function isBuildStale(): boolean {
  const startedAt = buildStartedAt();
  if (startedAt === null) return true;
  // A build that started after this test process did is as fresh as this run can ask for: other people keep editing.
  if (startedAt >= PROCESS_STARTED_AT || Date.now() - startedAt < FRESH_ENOUGH_MS) return false;
  return SOURCE_ROOTS.some((root) => newestMtime(join(REPO_ROOT, root)) > startedAt);
}

function build(): void {
  let lastError = '';
  // Twice: the SDK's file scan fails when a file disappears mid-build (others edit the same tree).
  for (let attempt = 0; attempt < 2; attempt += 1) {
    const startedAt = Date.now();
    try {
      execFileSync(process.execPath, [join(REPO_ROOT, 'scripts', 'build.mjs')], {
        cwd: REPO_ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      writeFileSync(STARTED_MARKER, String(startedAt));
      return;
    } catch (error) {
      lastError = (error as { stderr?: Buffer }).stderr?.toString().slice(-4000) ?? String(error);
    }
  }
  throw new Error(`npm run build failed, so the harness has no built app to run:\n${lastError}`);
}

// Copies live until this process exits (a harness may still run functions from one); then they are removed.
const copies = new Set<string>();
process.once('exit', () => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** Returns a temp dir holding manifest.json and the built functions of the current sources. */
export async function ensureBuiltOutput(): Promise<string> {
  const given = process.env.HARNESS_OUTPUT_DIR;
  const source = given ?? OUTPUT_DIR;
  // Twice: someone else's failed build can empty .twenty/output between our check and our copy.
  for (let attempt = 0; attempt < 2; attempt += 1) {
    if (!given) await withDirLock(HARNESS_LOCK, () => (attempt > 0 || isBuildStale() ? build() : undefined));
    const copy = mkdtempSync(join(tmpdir(), 'twenty-metakocka-output-'));
    copies.add(copy);
    await withDirLock(BUILD_LOCK, () => cpSync(source, copy, { recursive: true }));
    if (existsSync(join(copy, 'manifest.json'))) {
      symlinkSync(join(REPO_ROOT, 'node_modules'), join(copy, 'node_modules'), 'dir');
      return copy;
    }
    if (given) break;
  }
  throw new Error(`The build left no manifest.json in ${source}; run npm run build and read its errors.`);
}
