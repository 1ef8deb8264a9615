// Starts runs on demand (workflow action, command menu, route): chosen streams, optionally as a dry run.
import { runSyncRequest, type RunSyncAnswer, type RunSyncRequest } from 'server/routes/contracts';
import { STREAMS } from 'server/settings/schema';
import { readSettings } from 'server/settings/store';
import type { RunTrigger } from './checkpoints';
import { SyncRequestError } from './errors';
import { startRun } from './planner';
import type { SyncRuntime } from './ports';

export function parseRunRequest(input: unknown): RunSyncRequest {
  const result = runSyncRequest.safeParse(input ?? {});
  if (result.success) return result.data;
  throw new SyncRequestError('run', result.error.issues);
}

export async function runSyncNow(
  rt: SyncRuntime,
  request: RunSyncRequest,
  trigger: RunTrigger,
): Promise<RunSyncAnswer> {
  const settings = await readSettings(rt.kv);
  // In the streams' order, so a documents run waits for the partners and products runs of the same request (D60).
  const streams = STREAMS.filter((s) => (request.streams ? request.streams.includes(s) : settings.streams[s].enabled));
  const runs: RunSyncAnswer['runs'] = [];
  for (const stream of streams) {
    const started = await startRun(rt, stream, { trigger, dryRun: request.dryRun ?? settings.dryRun });
    runs.push({ stream, runId: started.runId, status: started.alreadyRunning ? 'already-running' : 'started' });
  }
  return { runs };
}
