// Streams that run after others in the same run (D60, superseding D34): a documents run links each document to its
// customer and products, so it waits while a partners or products run is active and starts the moment the last of
// them ends, in the job that ends it, not at a later cron tick.
import type { StreamName } from 'server/settings/schema';
import { isActive, loadRunState, saveRunState, type RunState } from './checkpoints';
import type { SyncRuntime } from './ports';
import { writeRunRecord } from './runs';
import { enqueueStep } from './step-jobs';
import { streamFor } from './streams';

export const RUNS_AFTER: Partial<Record<StreamName, StreamName[]>> = { documents: ['partners', 'products'] };

/** The streams a new run of `stream` must wait for: those of RUNS_AFTER with an active run. */
export async function activePrerequisites(rt: SyncRuntime, stream: StreamName): Promise<StreamName[]> {
  const active: StreamName[] = [];
  for (const before of RUNS_AFTER[stream] ?? []) if (isActive(await loadRunState(rt.kv, before))) active.push(before);
  return active;
}

/** A waiting run whose prerequisites have all ended begins now; true when it did. */
export async function beginIfReady(rt: SyncRuntime, state: RunState): Promise<boolean> {
  if (state.status !== 'waiting' || (await activePrerequisites(rt, state.stream)).length > 0) return false;
  const nowIso = rt.now().toISOString();
  const begun: RunState = {
    ...state,
    status: 'running',
    startedAt: nowIso,
    heartbeatAt: nowIso,
    lastProgressAt: nowIso,
  };
  delete begun.waitFor;
  await saveRunState(rt.kv, begun);
  await writeRunRecord(rt, begun, streamFor(begun.stream).direction, true);
  await enqueueStep(rt, begun, 0);
  return true;
}

/** Called when a run of `ended` has ended (any outcome): starts the runs that were waiting for it. Two prerequisites
 *  ending at once may both start the waiting run; its first step's job id is the same, so it runs once. */
export async function startRunsWaitingFor(rt: SyncRuntime, ended: StreamName): Promise<void> {
  for (const [stream, after] of Object.entries(RUNS_AFTER) as Array<[StreamName, StreamName[]]>) {
    if (!after.includes(ended)) continue;
    const waiting = await loadRunState(rt.kv, stream);
    if (waiting) await beginIfReady(rt, waiting);
  }
}
