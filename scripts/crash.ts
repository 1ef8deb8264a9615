// npm run test:crash -- --points 200: kills a full two-way sync (partners, products and sales documents, including
// documents made in Twenty and pushed) at N points spread over a whole run (before a call, or after it took effect with
// its answer lost), resumes it, and checks both sides for duplicates, gaps and differences (amounts to the cent).
// Small scale by default (the bench's 2,000 partners and 10,000 products, with 5,000 documents), about 10 s a point;
// `--scale reduced` is the dataset CI crashes (seconds a point). Runs the engine against in-memory Twenty and Metakocka
// (test/server/sync/support). `--shard 2/3` runs every third point from the second, to spread a run over processes.
import { integrity, isDocumentCall, runCrashScenario, spreadPoints } from 'test/server/sync/support/crash-scenario';

const option = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};

const arg = (name: string, fallback: number) => {
  const text = option(name);
  const value = text === undefined ? fallback : Number(text);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} takes a whole number ≥ 1 (got ${text}).`);
  return value;
};

const SCALES = {
  small: { partners: 2000, products: 10000, twentyCompanies: 20, documents: 5000, twentyDocuments: 10 },
  reduced: { partners: 20, products: 1100, twentyCompanies: 4, documents: 60, twentyDocuments: 4 },
};

function shardOf(): { index: number; count: number } {
  const text = option('shard') ?? '1/1';
  const [index, count] = text.split('/').map(Number);
  if (!Number.isInteger(index) || !Number.isInteger(count) || index! < 1 || index! > count!)
    throw new Error(`--shard takes k/n with 1 ≤ k ≤ n (got ${text}).`);
  return { index: index!, count: count! };
}

async function main() {
  const points = arg('points', 200);
  const scaleName = option('scale') ?? 'small';
  if (!(scaleName in SCALES)) throw new Error(`--scale takes ${Object.keys(SCALES).join(' or ')} (got ${scaleName}).`);
  const scale = SCALES[scaleName as keyof typeof SCALES];
  const size = {
    partners: arg('partners', scale.partners),
    products: arg('products', scale.products),
    twentyCompanies: arg('twenty-companies', scale.twentyCompanies),
    documents: arg('documents', scale.documents),
    twentyDocuments: arg('twenty-documents', scale.twentyDocuments),
  };
  const shard = shardOf();
  const started = Date.now();
  const clean = await runCrashScenario(size, null);
  const base = integrity(clean.world);
  if (base.duplicates.length + base.missing.length + base.mismatches.length > 0)
    throw new Error(`A run without a crash is not exact: ${JSON.stringify(base)}`);
  const failures: string[] = [];
  const totals = { duplicates: 0, missing: 0, mismatches: 0 };
  // --at before:73,after:204 replays chosen points (as a failure report names them) instead of spreading --points.
  const at = option('at');
  const spread = (
    at !== undefined
      ? at.split(',').map((p) => {
          const [mode, call] = p.split(':');
          if ((mode !== 'before' && mode !== 'after') || !Number.isInteger(Number(call)))
            throw new Error(`--at takes before:<call>|after:<call>, comma-separated (got ${p}).`);
          return { mode, afterCalls: Number(call) } as const;
        })
      : spreadPoints(clean.calls, points)
  ).filter((_, i) => i % shard.count === shard.index - 1);
  process.stdout.write(`Clean run: ${clean.calls} outside calls. Crashing at ${spread.length} points…\n`);
  for (const [i, point] of spread.entries()) {
    const result = integrity((await runCrashScenario(size, point)).world);
    totals.duplicates += result.duplicates.length;
    totals.missing += result.missing.length;
    totals.mismatches += result.mismatches.length;
    const problems = [...result.duplicates, ...result.missing, ...result.mismatches];
    if (problems.length > 0) {
      failures.push(
        `crash ${point.mode} call ${point.afterCalls} (${clean.callNames[point.afterCalls - 1]}): ${problems.slice(0, 3).join('; ')}`,
      );
      process.stdout.write(`  ✗ ${failures.at(-1)}\n`);
    }
    if ((i + 1) % 20 === 0)
      process.stdout.write(`  ${i + 1}/${spread.length} points done, ${failures.length} with problems\n`);
  }
  process.stdout.write(
    `${JSON.stringify(
      {
        points: spread.length,
        ...(shard.count > 1 ? { shard: `${shard.index}/${shard.count}` } : {}),
        size,
        callsPerCleanRun: clean.calls,
        documentCallsPerCleanRun: clean.callNames.filter(isDocumentCall).length,
        pointsOnDocumentCalls: spread.filter((p) => isDocumentCall(clean.callNames[p.afterCalls - 1])).length,
        ...totals,
        failedPoints: failures.length,
        seconds: Math.round((Date.now() - started) / 1000),
      },
      null,
      2,
    )}\n`,
  );
  for (const failure of failures.slice(0, 20)) process.stdout.write(`  ${failure}\n`);
  process.exitCode = failures.length === 0 ? 0 : 1;
}

main().catch((error) => {
  process.stderr.write(`test:crash failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
