// Builds the harness fixture app (fixture-app/*.ts.txt) into a temp dir with twenty-sdk, once per content hash.
// The fixture links server/host from this repo through tsconfig paths, so its routes run the real guards.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  rmSync,
  statSync,
  symlinkSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { withDirLock } from 'test/twenty/harness/dir-lock';

export const REPO_ROOT = resolve(__dirname, '..', '..', '..');
const FIXTURE_DIR = join(__dirname, 'fixture-app');
const SHARED_SOURCES = [
  'server/host',
  'server/errors.ts',
  'plugin/constants/universal-identifiers.ts',
  'plugin/constants/names.ts',
];

const filesUnder = (path: string): string[] => {
  if (!existsSync(path)) return [];
  return statSync(path).isDirectory()
    ? readdirSync(path)
        .sort()
        .flatMap((name) => filesUnder(join(path, name)))
    : [path];
};

function contentHash(): string {
  const hash = createHash('sha256');
  const files = [...filesUnder(FIXTURE_DIR), ...SHARED_SOURCES.flatMap((rel) => filesUnder(join(REPO_ROOT, rel)))];
  for (const file of files) hash.update(file).update(readFileSync(file));
  return hash.digest('hex').slice(0, 16);
}

function writeFixtureApp(appDir: string): void {
  mkdirSync(appDir, { recursive: true });
  for (const name of readdirSync(FIXTURE_DIR).filter((file) => file.endsWith('.ts.txt'))) {
    writeFileSync(join(appDir, name.replace(/\.txt$/, '')), readFileSync(join(FIXTURE_DIR, name)));
  }
  writeFileSync(
    join(appDir, 'package.json'),
    JSON.stringify(
      {
        name: 'harness-fixture',
        version: '1.0.0',
        private: true,
        devDependencies: { 'twenty-sdk': '2.43.0', 'twenty-client-sdk': '2.43.0' },
      },
      null,
      2,
    ),
  );
  writeFileSync(
    join(appDir, 'tsconfig.json'),
    JSON.stringify(
      {
        compilerOptions: {
          target: 'ES2022',
          module: 'ESNext',
          moduleResolution: 'bundler',
          strict: true,
          skipLibCheck: true,
          esModuleInterop: true,
          lib: ['ES2023', 'DOM'],
          types: ['node'],
          baseUrl: '.',
          paths: { 'server/*': [join(REPO_ROOT, 'server/*')], 'plugin/*': [join(REPO_ROOT, 'plugin/*')] },
        },
        include: ['*.ts'],
      },
      null,
      2,
    ),
  );
  symlinkSync(join(REPO_ROOT, 'node_modules'), join(appDir, 'node_modules'), 'dir');
}

/** Returns the fixture's build output dir (manifest.json + built .mjs), building it if this content was never built. */
export async function buildFixtureApp(): Promise<string> {
  const root = join(tmpdir(), `twenty-metakocka-harness-fixture-${contentHash()}`);
  const outputDir = join(root, 'app', '.twenty', 'output');
  if (existsSync(join(outputDir, 'manifest.json'))) return outputDir;
  return withDirLock(`${root}.lock`, async () => {
    if (existsSync(join(outputDir, 'manifest.json'))) return outputDir;
    rmSync(root, { recursive: true, force: true });
    writeFixtureApp(join(root, 'app'));
    try {
      execFileSync(process.execPath, [join(__dirname, 'build-app.mjs'), join(root, 'app')], {
        cwd: REPO_ROOT,
        stdio: ['ignore', 'pipe', 'pipe'],
      });
    } catch (error) {
      const failure = error as { stdout?: Buffer; stderr?: Buffer };
      throw new Error(
        `The harness fixture app did not build:\n${failure.stdout?.toString() ?? ''}\n${failure.stderr?.toString().slice(-4000) ?? ''}`,
        { cause: error },
      );
    }
    return outputDir;
  });
}
