// The Metakocka sandbox in its own process for the bench (test/bench/worker-protocol.ts).
import type { Sandbox } from 'test/sandbox';
import { changeProducts, mkCounts, mkSnapshot, startMkSide, type MkStartOptions } from './mk-side';
import { serveWorker } from './worker-protocol';

let sandbox: Sandbox | null = null;
const live = (): Sandbox => {
  if (!sandbox) throw new Error('the sandbox is not started; send "start" first');
  return sandbox;
};

serveWorker({
  async start(options: MkStartOptions) {
    sandbox = await startMkSide(options);
    return { url: sandbox.url, companyId: sandbox.companyId, secretKey: sandbox.secretKey };
  },
  calls: () => live().calls.byMethod(),
  counts: () => mkCounts(live()),
  snapshot: (args: { withDocuments: boolean }) => mkSnapshot(live(), args.withDocuments),
  changeProducts: (args: { fraction: number }) => changeProducts(live(), args.fraction),
  rss: () => process.memoryUsage().rss,
  async close() {
    await sandbox?.close();
  },
});
