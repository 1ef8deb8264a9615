// What the health check and the settings page's banner add from the alert settings (issue 18 item 1): open CRITICAL
// issues against their threshold, the streams failing N runs in a row (the same rule that alerts, server/alerts/
// causes.ts), and how many of the newest runs in a row ended with issues against theirs.
import { newestFinishedRuns, newestFinishedRunsOfAnyStream, openCriticalIssues } from 'server/crm/alert-reads';
import type { CrmGateway } from 'server/crm/gateway';
import type { AlertHealth } from 'server/credentials/health';
import type { KvPort } from 'server/host/kv';
import { currentCauses, STREAMS } from 'server/alerts/causes';
import { readAlertSettings } from 'server/alerts/settings';

/** Each stream's newest finished real runs, newest first: what "failing N runs in a row" is judged on. */
export const newestRunsByStream = async (gateway: CrmGateway, count: number) =>
  Object.fromEntries(
    await Promise.all(
      STREAMS.map(async (stream) => [stream, await newestFinishedRuns(gateway, stream, count)] as const),
    ),
  );

export async function alertHealth(gateway: CrmGateway, kv: KvPort): Promise<AlertHealth> {
  const settings = await readAlertSettings(kv);
  const [critical, runsByStream, newest] = await Promise.all([
    openCriticalIssues(gateway),
    newestRunsByStream(gateway, settings.failingRunsInARow),
    newestFinishedRunsOfAnyStream(gateway, settings.healthIssueRunsInARow),
  ]);
  const failing = currentCauses({ openCritical: [], runsByStream, failingRunsInARow: settings.failingRunsInARow });
  const withIssues = newest.findIndex((run) => run.status !== 'COMPLETED_WITH_ISSUES');
  return {
    openCritical: critical.totalCount,
    criticalThreshold: settings.healthCriticalIssues,
    failingStreams: failing.map((cause) => cause.stream),
    failingRunsInARow: settings.failingRunsInARow,
    issueRunsInARow: withIssues === -1 ? newest.length : withIssues,
    issueRunsThreshold: settings.healthIssueRunsInARow,
  };
}
