// The job that runs a run's next step; its job id (run + stream + step + attempt) makes a repeated enqueue a no-op (D1).
import { stepJobId, type RunState } from './checkpoints';
import type { SyncRuntime } from './ports';

export async function enqueueStep(rt: SyncRuntime, state: RunState, delayMs: number): Promise<void> {
  await rt.jobs.enqueue(
    'run-sync-step',
    [{ jobId: stepJobId(state), payload: { stream: state.stream, runId: state.runId, step: state.step } }],
    delayMs,
  );
}
