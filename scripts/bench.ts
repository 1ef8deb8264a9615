/**
 * `npm run bench -- --scale small|full --out <file.json>` (issue #5 item 9, issue #6 item 6): three full two-way syncs
 * (initial, no change, 1% changed on both sides) of a seeded Metakocka company against the Twenty stand-in, measured
 * against the call floor and time floor of docs/sync-performance.md, with an integrity check of both stores.
 * The sandbox (50 ms per call) and the stand-in with the harness (captured latency, app-token rate profile, virtual
 * clock) each run in their own process (test/bench/*-worker.ts); the app's functions run in the harness's children.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

import { STREAMS } from '../server/settings/schema';
import { benchRun, type RunPhase } from '../test/bench/run-report';
import { absentStreams } from '../test/bench/summary';
import { mkPartnerDuplicates, type MkSide } from '../test/bench/integrity';
import type { MkCounts } from '../test/bench/mk-side';
import { spawnWorker } from '../test/bench/worker-protocol';

const SCALES = {
  small: { partners: 2_000, products: 10_000, documents: 5_000 },
  full: { partners: 20_000, products: 100_000, documents: 50_000 },
  // Not part of the issue: a seconds-long run to check the bench itself end to end.
  tiny: { partners: 40, products: 300, documents: 50 },
} as const;
const USAGE = 'Usage: npm run bench -- --scale small|full [--out bench.json] [--latency-ms 50]';

function options() {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string', default: 'small' },
      out: { type: 'string' },
      'latency-ms': { type: 'string', default: '50' },
    },
  });
  const scale = values.scale as keyof typeof SCALES;
  if (!(scale in SCALES)) throw new Error(`--scale must be small or full, got "${values.scale}". ${USAGE}`);
  const latencyMs = Number(values['latency-ms']);
  if (!Number.isFinite(latencyMs) || latencyMs < 0)
    throw new Error(`--latency-ms must be 0 or more, got "${values['latency-ms']}". ${USAGE}`);
  return { scale, out: resolve(values.out ?? `bench-${scale}.json`), latencyMs };
}

async function main(): Promise<void> {
  const o = options();
  const size = SCALES[o.scale];
  // Documents count only when the stream exists and is on by default (it is off by default: server/settings/schema.ts).
  const withDocuments = (STREAMS as readonly string[]).includes('documents');
  const log = (m: string) => process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${m}\n`);
  const mk = spawnWorker('test/bench/sandbox-worker.ts');
  const twenty = spawnWorker('test/bench/twenty-worker.ts');
  try {
    log(
      `starting the sandbox (${size.partners} partners, ${size.products} products, ${size.documents} documents, ${o.latencyMs} ms per call)`,
    );
    const sandbox = await mk.call<{ url: string; companyId: string; secretKey: string }>('start', {
      ...size,
      seed: 1,
      latencyMs: o.latencyMs,
      companyId: '5522',
    });
    log('starting the Twenty stand-in and installing the built app (builds it if needed)');
    await twenty.call('start', {
      benchModel: true,
      appVariables: {
        METAKOCKA_API_URL: sandbox.url,
        METAKOCKA_ALLOWED_ENDPOINTS: sandbox.url,
        METAKOCKA_COMPANY_ID: sandbox.companyId,
        METAKOCKA_SECRET_KEY: sandbox.secretKey,
      },
      // Documents are off by default (server/settings/schema.ts); the bench measures every stream (issue #6 item 6).
      settings: { streams: { documents: { enabled: true } } },
    });
    const counts = await mk.call<MkCounts>('counts');
    const mkDuplicateBaseline = mkPartnerDuplicates(await mk.call<MkSide>('snapshot', { withDocuments: false }));
    const runs = [];
    for (const phase of ['initial', 'no-change', 'one-percent'] as RunPhase[]) {
      log(`run "${phase}"`);
      runs.push(
        await benchRun({ phase, mk, twenty, counts, withDocuments, mkLatencyMs: o.latencyMs, mkDuplicateBaseline }),
      );
      const last = runs[runs.length - 1]!;
      // Written after every run, so a long full-scale bench stopped by a timeout still leaves its figures.
      writeFileSync(
        o.out,
        `${JSON.stringify({ scale: o.scale, complete: false, data: { ...size, ...counts }, runs }, null, 2)}\n`,
      );
      log(
        `  ${last.wallTime.realMs} ms real, Metakocka ${last.calls.metakocka.total} calls (floor ${last.floor.metakocka.total}), Twenty ${last.calls.twenty.total} calls (floor ${last.floor.twenty.total}), integrity ${JSON.stringify(last.integrity.total)}`,
      );
    }
    const full = runs[0]!;
    const report = {
      scale: o.scale,
      complete: true,
      generatedAt: new Date().toISOString(),
      data: { ...size, ...counts },
      streamsSynced: STREAMS,
      streamsNotAvailable: absentStreams(),
      formula: 'docs/sync-performance.md',
      runs,
      verdicts: {
        callRatioMetakockaAtMost1_2: full.ratio.metakocka !== null && full.ratio.metakocka <= 1.2,
        callRatioTwentyAtMost1_2: full.ratio.twenty !== null && full.ratio.twenty <= 1.2,
        noChangeRunZeroTwentyRecordWrites: runs[1]!.calls.twenty.writes === 0,
        // Decimal megabytes, as issue #5 writes them: the stricter reading (300 MB = 286 MiB).
        peakRssAtMost300MB: Math.max(...runs.map((r) => r.peakRssBytes)) <= 300 * 1000 * 1000,
        integrityAllZero: runs.every(
          (r) => r.integrity.total.duplicates + r.integrity.total.missing + r.integrity.total.mismatches === 0,
        ),
        bookkeepingUnder5Percent:
          full.bookkeeping.shareOfRecordWrites !== null && full.bookkeeping.shareOfRecordWrites < 0.05,
        syncSucceeded: runs.every((r) => r.syncError === null),
      },
    };
    writeFileSync(o.out, `${JSON.stringify(report, null, 2)}\n`);
    log(`wrote ${o.out}; verdicts ${JSON.stringify(report.verdicts)}`);
  } finally {
    await Promise.all([twenty.close(), mk.close()]);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
