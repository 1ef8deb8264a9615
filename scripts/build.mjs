// Builds the app with twenty-sdk into .twenty/output and packs the tarball that `twenty app:publish --private` uploads.
// A lock directory serialises concurrent builds in one checkout (tests and developers may build at the same time).
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';
import { resolve } from 'node:path';
import { appBuild } from 'twenty-sdk/cli';

const appPath = resolve(import.meta.dirname, '..');
const lockDir = resolve(appPath, '.twenty', 'build.lock');
const staleAfterMs = 20 * 60_000; // a build under load has taken 6+ minutes

async function withLock(run) {
  mkdirSync(resolve(appPath, '.twenty'), { recursive: true });
  for (;;) {
    try {
      mkdirSync(lockDir);
      break;
    } catch {
      try {
        if (Date.now() - statSync(lockDir).mtimeMs > staleAfterMs) rmSync(lockDir, { recursive: true, force: true });
      } catch {}
      await sleep(250);
    }
  }
  try {
    return await run();
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}

const result = await withLock(() => appBuild({ appPath, tarball: true, onProgress: (m) => process.stderr.write(`${m}\n`) }));
if (!result.success) {
  process.stderr.write(`Build failed: ${result.error?.message ?? JSON.stringify(result.error)}\n`);
  process.exit(1);
}
process.stdout.write(`${result.data.tarballPath}\n`);
