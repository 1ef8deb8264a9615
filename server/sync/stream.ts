// The contract between the engine and a stream: one step moves one page (in or out) and says where to continue;
// a job runs several steps and checkpoints after them (run-sync-step.ts).
import type { SyncDirection } from 'plugin/constants/select-options';
import type { StreamName, SyncSettings } from 'server/settings/schema';
import type { RunCounts, RunState, SeenBook } from './checkpoints';
import type { IssueBook } from './issues';
import type { SyncRuntime } from './ports';
import type { TimelineBook } from './timeline/book';

export interface StepContext {
  rt: SyncRuntime;
  settings: SyncSettings;
  state: Readonly<RunState>;
  issues: IssueBook;
  /** Ids seen by this run's full scans, for the deletions that follow them. */
  seen: SeenBook;
  dryRun: boolean;
  /** The sync events of the page on its records' timelines, written with the page (D81). */
  timeline: TimelineBook;
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

/** One record a dry run would touch, as its plan shows it (and an impact preview's examples, server/sync/preview). */
export interface PlanEntry extends Record<string, unknown> {
  action: 'create' | 'update' | 'leave-scope' | 'enter-scope' | 'deactivate' | 'mark-deleted' | 'push';
  object: string;
  id?: string | null;
  metakockaId?: string | null;
  name?: string | null;
}

/** A dry run keeps this many entries of each action per page: enough examples of each, never the full payload. */
export const PLAN_EXAMPLES_PER_ACTION = 5;

export function samplePlan(entries: PlanEntry[]): PlanEntry[] {
  const taken = new Map<string, number>();
  return entries.filter((entry) => {
    const n = taken.get(entry.action) ?? 0;
    taken.set(entry.action, n + 1);
    return n < PLAN_EXAMPLES_PER_ACTION;
  });
}
