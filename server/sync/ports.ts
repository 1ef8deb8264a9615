// Everything a sync step touches, injected by the host adapter (server/host) or by tests.
import type { Crm } from 'server/crm';
import type { ErrorLanguage } from 'server/error-catalogue';
import type { KvPort } from 'server/host/kv';
import type { MkPort } from './mk-port';

export interface EnqueuedJob {
  jobId: string;
  payload: Record<string, unknown>;
}

export interface JobsPort {
  /** enqueueJobs on a logic function of this app; a jobId the queue holds is ignored (APPS.md §3.4). */
  enqueue(functionName: SyncFunctionName, jobs: EnqueuedJob[], delayMs?: number): Promise<void>;
}

export type SyncFunctionName = 'run-sync-step' | 'push-records';

/** The app's timeline activity types as Twenty installed them: the metadata query twenty-sdk's createTimelineActivity
 *  makes (sdk-src: logic-function/timeline/create-timeline-activity.ts). */
export type TimelineTypesAnswer =
  | { ok: true; types: Array<{ id: string; universalIdentifier: string; isActive: boolean }> }
  | { ok: false; detail: string };

export interface SyncRuntime {
  crm: Crm;
  mk: MkPort;
  kv: KvPort;
  jobs: JobsPort;
  now(): Date;
  /** Stable per-workspace value used to spread cron work (APPS.md §3.4 cron warning). */
  workspaceId: string;
  /** The workspace's default language: stored issue messages and run summaries are written in it, because Twenty's
   *  own list views show them as stored (D54). English when absent. */
  language?: ErrorLanguage;
  /** Reads the timeline activity types (one /metadata call); absent where no metadata API is reachable, and then the
   *  sync writes no timeline events (D81). */
  timelineActivityTypes?: () => Promise<TimelineTypesAnswer>;
}
