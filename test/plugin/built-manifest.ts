// Reads the SDK's built manifest (.twenty/output/manifest.json), building the app first when the output is missing
// or older than any file under plugin/ — so these tests always judge the entities as they are now.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';

export const repoRoot = resolve(__dirname, '..', '..');
const builtManifestPath = join(repoRoot, '.twenty', 'output', 'manifest.json');
const lockDir = join(repoRoot, '.twenty', 'build.lock');

const newestMtimeMs = (path: string): number => {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, entry) => Math.max(newest, newestMtimeMs(join(path, entry))), stat.mtimeMs);
};

const isStale = () =>
  !existsSync(builtManifestPath) || statSync(builtManifestPath).mtimeMs < newestMtimeMs(join(repoRoot, 'plugin'));

const sleepSync = (ms: number) => Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);

// Another build (scripts/build.mjs holds its lock directory meanwhile) may be rewriting the output right now, or may
// be about to make it current: wait for it before judging staleness or reading.
const waitForOtherBuild = () => {
  for (let waitedMs = 0; existsSync(lockDir) && waitedMs < 10 * 60_000; waitedMs += 250) sleepSync(250);
};

export type BuiltManifest = {
  application: Record<string, any> & {
    defaultRoleUniversalIdentifier: string;
    applicationVariables: Record<string, any>;
  };
  objects: Array<Record<string, any> & { universalIdentifier: string; nameSingular: string; fields: any[] }>;
  fields: Array<Record<string, any> & { objectUniversalIdentifier: string }>;
  roles: any[];
  permissionFlags: any[];
  views: any[];
  navigationMenuItems: any[];
  pageLayoutTabs: any[];
  [entity: string]: any;
};

export const loadBuiltManifest = (): BuiltManifest => {
  waitForOtherBuild();
  if (isStale())
    execFileSync(process.execPath, [join(repoRoot, 'scripts', 'build.mjs')], { cwd: repoRoot, stdio: 'pipe' });
  waitForOtherBuild();
  return JSON.parse(readFileSync(builtManifestPath, 'utf8')) as BuiltManifest;
};
