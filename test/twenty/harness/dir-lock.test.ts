import { existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { withDirLock } from 'test/twenty/harness/dir-lock';

describe('the directory lock a fresh clone builds under', () => {
  const root = () => mkdtempSync(join(tmpdir(), 'dir-lock-'));

  it('takes a lock whose parent folder does not exist yet (a fresh clone has no .twenty/)', async () => {
    const lock = join(root(), '.twenty', 'build.lock');
    await expect(withDirLock(lock, () => 'built', { maxWaitMs: 2_000 })).resolves.toBe('built');
    expect(existsSync(lock)).toBe(false);
  });

  it('gives up on a held lock after its bound, naming the lock and its holder', async () => {
    const lock = join(root(), 'build.lock');
    mkdirSync(lock);
    writeFileSync(
      join(lock, 'holder.json'),
      JSON.stringify({ pid: 4242, command: 'scripts/build.mjs', since: '2026-12-07T12:00:00Z' }),
    );
    await expect(withDirLock(lock, () => 'never', { maxWaitMs: 300, pollMs: 50 })).rejects.toThrow(
      /build\.lock, held by pid 4242 \(scripts\/build\.mjs\)/,
    );
  });

  it('takes over a lock left by a holder that died long ago', async () => {
    const lock = join(root(), 'build.lock');
    mkdirSync(lock);
    await expect(withDirLock(lock, () => 'taken', { staleAfterMs: 0, maxWaitMs: 2_000, pollMs: 10 })).resolves.toBe(
      'taken',
    );
  });

  it('lets one holder at a time in', async () => {
    const lock = join(root(), 'build.lock');
    const order: string[] = [];
    const hold = (name: string) =>
      withDirLock(
        lock,
        async () => {
          order.push(`${name} in`);
          await new Promise((resolve) => setTimeout(resolve, 100));
          order.push(`${name} out`);
        },
        { pollMs: 10 },
      );
    await Promise.all([hold('a'), hold('b')]);
    expect(order).toEqual(['a in', 'a out', 'b in', 'b out']);
  });
});
