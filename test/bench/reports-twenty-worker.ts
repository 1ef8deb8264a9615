// The Twenty stand-in for the reports bench (scripts/bench-reports.ts), in its own process so the report's memory is
// measured apart from the store: captured latency, the app-token rate profile and a virtual clock, seeded with
// sales documents and lines as the documents sync leaves them (chart fields included).
import { resolve } from 'node:path';

import { seedDocuments } from 'test/support/seeded-documents';
import { CAPTURED_LATENCY, startStandIn, VirtualClock, type StandIn } from 'test/twenty/stand-in';

import { serveWorker } from './worker-protocol';

let standIn: StandIn | null = null;
const clock = new VirtualClock();

serveWorker({
  async start(args: { documents: number; today: string }) {
    standIn = await startStandIn({
      manifestPath: resolve(__dirname, '..', '..', '.twenty', 'output', 'manifest.json'),
      latency: CAPTURED_LATENCY,
      profile: 'app-token',
      clock,
    });
    const lines = seedDocuments(standIn, args.documents, args.today);
    return { url: standIn.url, token: standIn.tokens.app, lines };
  },
  now: () => clock.now(),
  rss: () => process.memoryUsage().rss,
  async close() {
    await standIn?.close();
  },
});
