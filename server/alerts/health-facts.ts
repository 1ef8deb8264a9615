// What the health check and the settings page's banner add from the alert settings (issue 18 item 1): open CRITICAL
// issues against their threshold, the streams failing N runs in a row (the same rule that alerts, server/alerts/
// causes.ts), and how many of the newest runs in a row ended with issues against theirs.
import {
  newestFinishedRuns,
  newestFinishedRunsOfAnyStream,
  openCriticalIssues,
  type AlertRun,
} from 'server/crm/alert-reads';
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

/** Twenty's largest page (contract g8): the runs window never asks for more. */
const MAX_WINDOW = 200;

/**
 * Each stream's newest finished real runs, taken from the newest runs of all streams (one read). The window holds a
 * prefix of every stream's history, so it decides a stream that has N runs there, or a run there that did not fail,
 * or when it holds every run; only a stream it cannot decide (e.g. one that rarely runs) is read apart.
 */
async function runsByStreamFrom(gateway: CrmGateway, window: AlertRun[], windowSize: number, count: number) {
  const complete = window.length < windowSize;
  return Object.fromEntries(
    await Promise.all(
      STREAMS.map(async (stream) => {
        const runs = window.filter((run) => run.stream === stream && run.isDryRun === false).slice(0, count);
        const decided = complete || runs.length === count || runs.some((run) => run.status !== 'FAILED');
        return [stream, decided ? runs : await newestFinishedRuns(gateway, stream, count)] as const;
      }),
    ),
  );
}

export async function alertHealth(gateway: CrmGateway, kv: KvPort): Promise<AlertHealth> {
  const settings = await readAlertSettings(kv);
  // Enough for N runs of every stream when the streams take turns, and for the runs-with-issues count.
  const windowSize = Math.min(
    MAX_WINDOW,
    Math.max(settings.healthIssueRunsInARow, settings.failingRunsInARow * STREAMS.length),
  );
  const [critical, window] = await Promise.all([
    openCriticalIssues(gateway),
    newestFinishedRunsOfAnyStream(gateway, windowSize),
  ]);
  const runsByStream = await runsByStreamFrom(gateway, window, windowSize, settings.failingRunsInARow);
  const failing = currentCauses({ openCritical: [], runsByStream, failingRunsInARow: settings.failingRunsInARow });
  const newest = window.slice(0, settings.healthIssueRunsInARow);
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
