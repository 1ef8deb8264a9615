// Links the sync issues an earlier version wrote to the runs that raised them and last saw them (issue 16 item 5):
// the run of the issue's stream that had started when the issue was first seen, and the one that had started when it
// was last seen. An issue with no such run (its runs were deleted, or it came from a push outside any run) keeps both
// links empty, which is what the engine leaves on issues it writes outside a run.
import { createCrm, type SyncIssueDraft, type SyncRunRecord } from 'server/crm';
import { crmGatewayFor } from 'server/host/crm-gateway';
import type { Migration } from 'migrations/migration';

/** The newest run of the stream started at or before the instant. */
function runAt(runs: SyncRunRecord[], stream: string, at: string | null): string | null {
  if (!at) return null;
  const when = Date.parse(at);
  let best: SyncRunRecord | null = null;
  for (const run of runs) {
    if (run.stream !== stream || !run.startedAt || Date.parse(run.startedAt) > when) continue;
    if (!best || Date.parse(run.startedAt) > Date.parse(best.startedAt!)) best = run;
  }
  return best?.id ?? null;
}

const migration: Migration = {
  id: '0005',
  description: 'Link sync issues to the runs that first raised them and last saw them.',
  async up(runtime) {
    const crm = createCrm(crmGatewayFor(runtime, 'application'));
    // Already linked ones are left alone, so a rerun after a crash writes nothing twice.
    const unlinked = await crm.syncIssues.findWhere({ firstRunId: { is: 'NULL' }, lastRunId: { is: 'NULL' } });
    if (unlinked.length === 0) return;
    const runs = (await crm.syncRuns.findWhere({ isDryRun: { eq: false } })).filter((run) => run.startedAt);
    const writes: SyncIssueDraft[] = [];
    for (const issue of unlinked) {
      const firstRunId = runAt(runs, issue.stream, issue.firstSeenAt);
      const lastRunId = runAt(runs, issue.stream, issue.lastSeenAt);
      if (firstRunId || lastRunId) writes.push({ id: issue.id, issueKey: issue.issueKey, firstRunId, lastRunId });
    }
    if (writes.length > 0) await crm.syncIssues.upsertMany(writes);
    runtime.log.info('Linked sync issues to their runs', { issues: unlinked.length, linked: writes.length });
  },
};

export default migration;
