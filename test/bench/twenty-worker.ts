// The Twenty stand-in with the harness in its own process for the bench (test/bench/worker-protocol.ts). The app's
// functions run in the harness's child processes, so their peak RSS is measured apart from both stand-ins.
import { TwentyWorld, type TwentyStartOptions } from './twenty-side';
import { serveWorker } from './worker-protocol';

let world: TwentyWorld | null = null;
const live = (): TwentyWorld => {
  if (!world) throw new Error('the Twenty side is not started; send "start" first');
  return world;
};

serveWorker({
  async start(options: TwentyStartOptions) {
    world = await TwentyWorld.start(options);
    return { url: world.standIn.url };
  },
  sync: () => live().sync(),
  passSchedule: () => live().passSchedule(),
  calls: () => live().calls(),
  now: () => live().harness.now(),
  snapshot: (args: { withDocuments: boolean }) => live().snapshot(args.withDocuments),
  changeCompanies: (args: { fraction: number }) => live().changeCompanies(args.fraction),
  rss: () => process.memoryUsage().rss,
  async close() {
    await world?.close();
  },
});
