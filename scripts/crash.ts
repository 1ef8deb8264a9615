// npm run test:crash -- --points 200: kills a full two-way sync (partners, products and sales documents, including
// documents made in Twenty and pushed) at N points spread over a whole run (before a call, or after it took effect with
// its answer lost), resumes it, and checks both sides for duplicates, gaps and differences (amounts to the cent).
// Runs the engine against in-memory Twenty and Metakocka (test/server/sync/support), so 200 points take minutes.
import { integrity, isDocumentCall, runCrashScenario, spreadPoints } from 'test/server/sync/support/crash-scenario';

const arg = (name: string, fallback: number) => {
  const i = process.argv.indexOf(`--${name}`);
  const value = i >= 0 ? Number(process.argv[i + 1]) : fallback;
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} takes a whole number ≥ 1 (got ${process.argv[i + 1]}).`);
  return value;
};

async function main() {
  const points = arg('points', 200);
  const size = {
    partners: arg('partners', 20), products: arg('products', 1100), twentyCompanies: arg('twenty-companies', 4),
    documents: arg('documents', 60), twentyDocuments: arg('twenty-documents', 4),
  };
  const started = Date.now();
  const clean = await runCrashScenario(size, null);
  const base = integrity(clean.world);
  if (base.duplicates.length + base.missing.length + base.mismatches.length > 0) throw new Error(`A run without a crash is not exact: ${JSON.stringify(base)}`);
  process.stdout.write(`Clean run: ${clean.calls} outside calls. Crashing at ${points} points…\n`);
  const failures: string[] = [];
  const totals = { duplicates: 0, missing: 0, mismatches: 0 };
  // --at before:73,after:204 replays chosen points (as a failure report names them) instead of spreading --points.
  const at = process.argv.indexOf('--at');
  const spread = at >= 0
    ? process.argv[at + 1]!.split(',').map((p) => {
      const [mode, call] = p.split(':');
      if ((mode !== 'before' && mode !== 'after') || !Number.isInteger(Number(call))) throw new Error(`--at takes before:<call>|after:<call>, comma-separated (got ${p}).`);
      return { mode, afterCalls: Number(call) } as const;
    })
    : spreadPoints(clean.calls, points);
  for (const [i, point] of spread.entries()) {
    const result = integrity((await runCrashScenario(size, point)).world);
    totals.duplicates += result.duplicates.length;
    totals.missing += result.missing.length;
    totals.mismatches += result.mismatches.length;
    const problems = [...result.duplicates, ...result.missing, ...result.mismatches];
    if (problems.length > 0) failures.push(`crash ${point.mode} call ${point.afterCalls} (${clean.callNames[point.afterCalls - 1]}): ${problems.slice(0, 3).join('; ')}`);
    if ((i + 1) % 20 === 0) process.stdout.write(`  ${i + 1}/${spread.length} points done, ${failures.length} with problems\n`);
  }
  process.stdout.write(`${JSON.stringify({ points: spread.length, size, callsPerCleanRun: clean.calls, documentCallsPerCleanRun: clean.callNames.filter(isDocumentCall).length,
    pointsOnDocumentCalls: spread.filter((p) => isDocumentCall(clean.callNames[p.afterCalls - 1])).length, ...totals, failedPoints: failures.length, seconds: Math.round((Date.now() - started) / 1000) }, null, 2)}\n`);
  for (const failure of failures.slice(0, 20)) process.stdout.write(`  ${failure}\n`);
  process.exitCode = failures.length === 0 ? 0 : 1;
}

main().catch((error) => {
  process.stderr.write(`test:crash failed: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
