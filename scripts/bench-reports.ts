/**
 * `npm run bench:reports -- [--documents 50000] [--out bench-reports.json]` (issue 19): the sales-by-month and aging
 * reports at full scale (50,000 documents, about 217,000 lines) against the Twenty stand-in in its own process
 * (captured latency, app-token rate limits, virtual clock). Reports, per report and read path: Twenty calls against
 * the floor ceil(records read / 200), the ratio (must be ≤ 1.2, fewer where group-by answers), the peak RSS of the
 * process computing the report (must be ≤ 300 MB), the virtual time the calls took, and whether the report page would
 * run it as a background job; plus the estimate of sales by product, the one that does at this scale.
 */
import { writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';

import { createCrmGateway } from '../server/crm/gateway';
import { estimateReport, runReport } from '../server/reports/engine';
import { ljubljanaDate } from '../server/reports/calendar';
import { spawnWorker } from '../test/bench/worker-protocol';

const MB = 1024 * 1024;

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: { documents: { type: 'string', default: '50000' }, out: { type: 'string' } },
  });
  const documents = Number(values.documents);
  const log = (m: string) => process.stderr.write(`[bench:reports ${new Date().toISOString().slice(11, 19)}] ${m}\n`);
  const twenty = spawnWorker('test/bench/reports-twenty-worker.ts');
  const today = ljubljanaDate(new Date());
  try {
    log(`seeding ${documents} documents into the stand-in`);
    const seeded = await twenty.call<{ url: string; token: string; lines: number }>('start', { documents, today });
    log(`seeded ${documents} documents and ${seeded.lines} lines`);
    const gateway = createCrmGateway({ apiUrl: seeded.url, token: seeded.token });
    const first = `${Number(today.slice(0, 4)) - 4}-01`;
    const runs = [
      { template: 'sales-by-month', parameters: { period: { from: first, to: today.slice(0, 7) } }, groupBy: false },
      { template: 'sales-by-month', parameters: { period: { from: first, to: today.slice(0, 7) } }, groupBy: true },
      { template: 'receivables-aging', parameters: {}, groupBy: false },
    ];
    // Sales by product reads every line: at this scale its estimate passes the 300 s rule, so the page runs it as a
    // background job (D95), in slices paced by Twenty's queue; the bench reports its estimate only.
    const product = await estimateReport(
      'sales-by-product',
      { period: { from: first, to: today.slice(0, 7) } },
      { gateway, now: () => new Date(), groupBy: false },
    );
    log(`sales-by-product estimate: ${JSON.stringify(product.estimate)}`);
    const results = [];
    for (const run of runs) {
      // Whether the report page would run it as a background job (estimate against the 300 s rule).
      const { estimate } = await estimateReport(run.template, run.parameters, {
        gateway,
        now: () => new Date(),
        groupBy: run.groupBy,
      });
      global.gc?.();
      const baseline = process.memoryUsage().rss;
      let peak = baseline;
      const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 20);
      const startedAt = await twenty.call<number>('now');
      const report = await runReport(run.template, run.parameters, {
        gateway,
        now: () => new Date(),
        groupBy: run.groupBy,
      });
      clearInterval(sampler);
      peak = Math.max(peak, process.memoryUsage().rss);
      const seconds = ((await twenty.call<number>('now')) - startedAt) / 1000;
      const floor = Math.max(1, Math.ceil(report.cost.recordsRead / 200));
      const result = {
        template: run.template,
        path: report.cost.path,
        rows: report.rows.length,
        recordsRead: report.cost.recordsRead,
        twentyCalls: report.cost.twentyCalls,
        floor,
        ratio: Number((report.cost.twentyCalls / floor).toFixed(3)),
        peakRssMb: Number((peak / MB).toFixed(1)),
        virtualSeconds: Number(seconds.toFixed(1)),
        estimatedSeconds: estimate.seconds,
        runsAsJob: estimate.runsAsJob,
        withinBudget: report.cost.twentyCalls <= 1.2 * floor && peak <= 300 * MB,
      };
      results.push(result);
      log(JSON.stringify(result));
    }
    const out = resolve(values.out ?? 'bench-reports.json');
    writeFileSync(
      out,
      `${JSON.stringify({ documents, lines: seeded.lines, today, results, salesByProductEstimate: product.estimate }, null, 2)}\n`,
    );
    log(`written ${out}`);
    if (results.some((r) => !r.withinBudget)) process.exitCode = 1;
  } finally {
    await twenty.close();
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
