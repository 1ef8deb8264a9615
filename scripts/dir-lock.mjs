// A cross-process lock made of a directory (mkdir is atomic), shared by the build, the manifest check and the test
// harness. Only EEXIST means "held": any other failure is thrown, so a missing parent can never look like a holder.
// The holder writes who it is into the lock, and a wait past its bound fails naming the lock and that holder.
import { mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

const HOLDER_FILE = 'holder.json';

function describeHolder(lockDir) {
  try {
    const holder = JSON.parse(readFileSync(join(lockDir, HOLDER_FILE), 'utf8'));
    return `pid ${holder.pid} (${holder.command}), since ${holder.since}`;
  } catch {
    return 'a holder that has not written its name yet';
  }
}

function tryAcquire(lockDir) {
  try {
    mkdirSync(lockDir);
  } catch (error) {
    if (error?.code === 'EEXIST') return false;
    throw error;
  }
  const holder = {
    pid: process.pid,
    command: process.argv.slice(1).join(' ').slice(0, 200),
    since: new Date().toISOString(),
  };
  writeFileSync(join(lockDir, HOLDER_FILE), JSON.stringify(holder));
  return true;
}

function removeIfStale(lockDir, staleAfterMs) {
  try {
    if (Date.now() - statSync(lockDir).mtimeMs > staleAfterMs) rmSync(lockDir, { recursive: true, force: true });
  } catch (error) {
    if (error?.code !== 'ENOENT') throw error; // the holder released it between our two calls
  }
}

/**
 * Runs `run` while holding `lockDir`. A lock older than `staleAfterMs` is taken over (its holder died); waiting longer
 * than `maxWaitMs` throws an error that names the lock and its holder.
 */
export async function withDirLock(
  lockDir,
  run,
  { staleAfterMs = 5 * 60_000, maxWaitMs = 30 * 60_000, pollMs = 200 } = {},
) {
  mkdirSync(dirname(lockDir), { recursive: true });
  const deadline = Date.now() + maxWaitMs;
  while (!tryAcquire(lockDir)) {
    if (Date.now() > deadline) {
      throw new Error(
        `Waited ${Math.round(maxWaitMs / 1000)} s for the lock ${lockDir}, held by ${describeHolder(lockDir)}. ` +
          'If that process is gone, remove the directory and run the command again.',
      );
    }
    removeIfStale(lockDir, staleAfterMs);
    await sleep(pollMs);
  }
  try {
    return await run();
  } finally {
    rmSync(lockDir, { recursive: true, force: true });
  }
}
