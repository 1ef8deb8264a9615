// The job that runs a run's next step; its job id (run + stream + step + attempt) makes a repeated enqueue a no-op (D1).
import { stepJobId, type RunState } from './checkpoints';
import type { SyncRuntime } from './ports';
import type { SyncStepPayload } from './sync-step-payload';

export async function enqueueStep(rt: SyncRuntime, state: RunState, delayMs: number): Promise<void> {
  const payload: SyncStepPayload = { stream: state.stream, runId: state.runId, step: state.step };
  if (state.previewId) payload.previewId = state.previewId; // a preview's dry run reads its own state (D64)
  await rt.jobs.enqueue('run-sync-step', [{ jobId: stepJobId(state), payload }], delayMs);
}
