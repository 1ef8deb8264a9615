// Text summaries of a sync run for `npm start` and the bench's console output.
import { STREAMS } from 'server/settings/schema';
import type { CallSplit } from './classify';
import type { SyncOutcome } from './twenty-side';

const pad = (s: string | number, n: number) => String(s).padStart(n);

/** Streams the issues plan (#5, #6) that this build does not register yet, so a reader knows what is absent. */
export function absentStreams(): string[] {
  const planned = ['partners', 'products', 'documents'];
  return planned.filter((s) => !(STREAMS as readonly string[]).includes(s));
}

export function syncFailed(outcome: SyncOutcome): string | null {
  if (outcome.failures.length > 0 || outcome.jobs.failed > 0)
    return `${outcome.jobs.failed} job(s) failed; first: ${outcome.failures[0]?.name}: ${outcome.failures[0]?.error}`;
  const bad = outcome.streams.filter((s) => s.status !== 'SUCCEEDED' && s.status !== 'COMPLETED_WITH_ISSUES');
  if (bad.length > 0) return `stream(s) ended ${bad.map((s) => `${s.stream}=${s.status}`).join(', ')}`;
  if (outcome.missingStreams.length > 0)
    return `no run record for stream(s) ${outcome.missingStreams.join(', ')} (the cron did not start them)`;
  return null;
}

export function formatSummary(outcome: SyncOutcome, calls: { metakocka: CallSplit; twenty: CallSplit }): string {
  const lines = [
    `${'stream'.padEnd(12)}${pad('status', 22)}${pad('created', 9)}${pad('updated', 9)}${pad('unchanged', 11)}${pad('failed', 8)}${pad('issues', 8)}`,
  ];
  for (const s of outcome.streams) {
    lines.push(
      `${s.stream.padEnd(12)}${pad(s.status, 22)}${pad(s.created, 9)}${pad(s.updated, 9)}${pad(s.unchanged, 11)}${pad(s.failed, 8)}${pad(s.openIssues, 8)}`,
    );
  }
  for (const s of outcome.missingStreams) lines.push(`${s.padEnd(12)}${pad('NOT RUN', 22)}`);
  for (const s of outcome.disabledStreams)
    lines.push(
      `${s.padEnd(12)}${pad('disabled', 22)}   (turned off in the sync settings; turn it on in the settings to sync it)`,
    );
  for (const s of absentStreams())
    lines.push(
      `${s.padEnd(12)}${pad('not available', 22)}   (this build registers no "${s}" stream in server/settings/schema.ts STREAMS)`,
    );
  const by = (split: CallSplit) =>
    Object.entries(split.byMethod)
      .sort((a, b) => b[1] - a[1])
      .map(([m, n]) => `${m} ${n}`)
      .join(', ');
  lines.push('');
  lines.push(
    `API calls  Metakocka: ${calls.metakocka.total} (${calls.metakocka.reads} reads, ${calls.metakocka.writes} writes): ${by(calls.metakocka)}`,
  );
  lines.push(
    `           Twenty:    ${calls.twenty.total} (${calls.twenty.reads} reads, ${calls.twenty.writes} record writes, ${calls.twenty.bookkeepingWrites} bookkeeping writes, ${calls.twenty.bookkeepingReads} bookkeeping reads)`,
  );
  lines.push(
    `Jobs run: ${outcome.jobs.ran} (${outcome.jobs.failed} failed); time ${(outcome.realMs / 1000).toFixed(1)} s; peak RSS of a function run ${Math.round(outcome.peakRssBytes / 1e6)} MB`,
  );
  lines.push(
    `Peak RSS by job: ${Object.entries(outcome.peakRssByJob)
      .sort(([, a], [, b]) => b - a)
      .map(([job, bytes]) => `${job} ${Math.round(bytes / 2 ** 20)} MiB`)
      .join(', ')}`,
  );
  lines.push(
    `Function runs: ${Object.entries(outcome.functionRuns)
      .map(([n, c]) => `${n} ${c}`)
      .join(', ')}`,
  );
  for (const f of outcome.failures) lines.push(`FAILED ${f.name}: ${f.error.split('\n')[0]}`);
  return lines.join('\n');
}
