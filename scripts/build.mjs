// Builds the app with twenty-sdk into .twenty/output and packs the tarball that `twenty app:publish --private` uploads.
// What the tarball holds is set by package.json "files" (no source maps, D42): `npm pack` reads it here and in
// `twenty app:publish --private`, which builds and packs on its own.
// A lock directory serialises concurrent builds in one checkout (tests and developers may build at the same time).
import { resolve } from 'node:path';
import { appBuild } from 'twenty-sdk/cli';

import { withDirLock } from './dir-lock.mjs';

const appPath = resolve(import.meta.dirname, '..');
const lockDir = resolve(appPath, '.twenty', 'build.lock');
const lockOptions = { staleAfterMs: 20 * 60_000, maxWaitMs: 40 * 60_000, pollMs: 250 }; // a build under load has taken 6+ minutes

const result = await withDirLock(
  lockDir,
  () => appBuild({ appPath, tarball: true, onProgress: (m) => process.stderr.write(`${m}\n`) }),
  lockOptions,
);
if (!result.success) {
  process.stderr.write(`Build failed: ${result.error?.message ?? JSON.stringify(result.error)}\n`);
  process.exit(1);
}
process.stdout.write(`${result.data.tarballPath}\n`);
