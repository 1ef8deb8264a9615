// A cross-process lock made of a directory (mkdir is atomic), like scripts/build.mjs uses; stale after 5 minutes.
import { mkdirSync, rmSync, statSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

const STALE_AFTER_MS = 5 * 60_000;

export async function withDirLock<T>(lockDir: string, run: () => Promise<T> | T): Promise<T> {
  for (;;) {
    try {
      mkdirSync(lockDir);
      break;
    } catch {
      try {
        if (Date.now() - statSync(lockDir).mtimeMs > STALE_AFTER_MS) rmSync(lockDir, { recursive: true, force: true });
      } catch {
        // The holder removed it between our two calls; try again.
      }
      await sleep(200);
    }
  }
  try {
    return await run();
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}
