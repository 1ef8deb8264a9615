// plugin.manifest.json: what the app registers and asks for, generated from the SDK build (DESIGN.md layout).
//   node scripts/manifest.mjs write   build if needed, then write plugin.manifest.json
//   node scripts/manifest.mjs check   build if needed, then exit 1 naming every difference when the file is stale
// The build is reused when .twenty/output/manifest.json is newer than every source file; otherwise it is rebuilt
// with scripts/build.mjs (which serialises concurrent builds with a lock).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

import { diffJson } from './manifest/diff.mjs';
import { summariseManifest } from './manifest/summarise.mjs';

const root = resolve(import.meta.dirname, '..');
const builtManifestPath = join(root, '.twenty', 'output', 'manifest.json');
const lockDir = join(root, '.twenty', 'build.lock');
const outputPath = join(root, 'plugin.manifest.json');
const sourceEntries = ['plugin', 'server', 'ui', 'migrations', 'public', 'package.json', 'tsconfig.json'];

const newestMtimeMs = (path) => {
  if (!existsSync(path)) return 0;
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, entry) => Math.max(newest, newestMtimeMs(join(path, entry))), stat.mtimeMs);
};

const buildIsCurrent = () =>
  existsSync(builtManifestPath) &&
  statSync(builtManifestPath).mtimeMs >= Math.max(...sourceEntries.map((entry) => newestMtimeMs(join(root, entry))));

const build = () => {
  process.stderr.write('Building the app (scripts/build.mjs) to read its manifest...\n');
  const result = spawnSync(process.execPath, [join(root, 'scripts', 'build.mjs')], { cwd: root, encoding: 'utf8' });
  if (result.status !== 0) {
    process.stderr.write(
      `${result.stdout}${result.stderr}\nThe build failed, so the manifest cannot be generated. Fix the errors above, then run this again.\n`,
    );
    process.exit(1);
  }
};

// Another build may be writing the output right now; wait for its lock to go before reading.
const waitForOtherBuild = async () => {
  for (let waitedMs = 0; existsSync(lockDir) && waitedMs < 5 * 60_000; waitedMs += 250) await sleep(250);
};

const currentSummary = async () => {
  await waitForOtherBuild();
  if (!buildIsCurrent()) build();
  const built = JSON.parse(readFileSync(builtManifestPath, 'utf8'));
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  return summariseManifest(built, pkg);
};

const serialise = (summary) => `${JSON.stringify(summary, null, 2)}\n`;

const write = async () => {
  writeFileSync(outputPath, serialise(await currentSummary()));
  process.stdout.write(`Wrote ${outputPath}\n`);
};

const check = async () => {
  const summary = await currentSummary();
  if (!existsSync(outputPath)) {
    process.stderr.write('plugin.manifest.json is missing. Run `npm run manifest` and commit the file.\n');
    process.exit(1);
  }
  const differences = diffJson(JSON.parse(readFileSync(outputPath, 'utf8')), summary);
  if (differences.length === 0 && readFileSync(outputPath, 'utf8') === serialise(summary)) {
    process.stdout.write('plugin.manifest.json is current.\n');
    return;
  }
  const shown = differences.slice(0, 40);
  process.stderr.write(
    `plugin.manifest.json is stale: it differs from the current build in ${differences.length || 'formatting only, no'} place(s).\n` +
      shown.map((line) => `  ${line}\n`).join('') +
      (differences.length > shown.length ? `  ... and ${differences.length - shown.length} more\n` : '') +
      'Run `npm run manifest` and commit plugin.manifest.json.\n',
  );
  process.exit(1);
};

const commands = { write, check };
const command = commands[process.argv[2]];
if (!command) {
  process.stderr.write('Usage: node scripts/manifest.mjs write|check\n');
  process.exit(2);
}
await command();
