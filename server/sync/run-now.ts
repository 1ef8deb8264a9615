// Starts runs on demand (workflow action, command menu, route): chosen streams, optionally as a dry run.
import { z } from 'zod';
import { STREAMS, type StreamName } from 'server/settings/schema';
import { readSettings } from 'server/settings/store';
import type { RunTrigger } from './checkpoints';
import { startRun } from './planner';
import type { SyncRuntime } from './ports';

const requestSchema = z
  .object({
    streams: z.array(z.enum(STREAMS)).min(1).optional(),
    dryRun: z.boolean().optional(),
  });

export class RunRequestError extends Error {}

export function parseRunRequest(input: unknown): { streams?: StreamName[]; dryRun?: boolean } {
  const result = requestSchema.safeParse(input ?? {});
  if (result.success) return result.data;
  throw new RunRequestError(`The run request is not valid: ${result.error.issues.map((i) => `${i.path.join('.') || '(body)'}: ${i.message}`).join('; ')}. Send { "streams": ["partners", "products"], "dryRun": false }.`);
}

export async function runSyncNow(rt: SyncRuntime, request: { streams?: StreamName[]; dryRun?: boolean }, trigger: RunTrigger) {
  const settings = await readSettings(rt.kv);
  const streams = request.streams ?? STREAMS.filter((s) => settings.streams[s].enabled);
  const runs = [];
  for (const stream of streams) {
    const started = await startRun(rt, stream, { trigger, dryRun: request.dryRun ?? settings.dryRun });
    runs.push({ stream, runId: started.runId, status: started.alreadyRunning ? 'already-running' : 'started' });
  }
  return { runs };
}
