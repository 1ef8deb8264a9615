// The contract between the engine and a stream: one step moves one page (in or out) and says where to continue;
// a job runs several steps and checkpoints after them (run-sync-step.ts).
import type { SyncDirection } from 'plugin/constants/select-options';
import type { StreamName, SyncSettings } from 'server/settings/schema';
import type { RunCounts, RunState, SeenBook } from './checkpoints';
import type { IssueBook } from './issues';
import type { SyncRuntime } from './ports';

export interface StepContext {
  rt: SyncRuntime;
  settings: SyncSettings;
  state: Readonly<RunState>;
  issues: IssueBook;
  /** Ids seen by this run's full scans, for the deletions that follow them. */
  seen: SeenBook;
  dryRun: boolean;
}

export interface StepOutcome {
  cursor: Record<string, unknown>;
  done: boolean;
  counts: Partial<RunCounts>;
  recordsEstimated?: number | null;
  /** Dry runs: what would have been written. */
  plan?: Array<Record<string, unknown>>;
}

export interface StreamDescriptor {
  name: StreamName;
  direction: SyncDirection;
  step(ctx: StepContext): Promise<StepOutcome>;
}

/** Splits a page's results into planned writes for a dry run: a short list, never the full payload. */
export const PLAN_SAMPLE_SIZE = 20;
