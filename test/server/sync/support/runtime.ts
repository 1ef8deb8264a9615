// A whole sync runtime in one process: Twenty's memory CRM, the Metakocka sandbox through the app's client, kv, a deduplicating job queue, a settable clock.
import { isSyncError } from 'server/errors';
import type { EnqueuedJob, SyncRuntime } from 'server/sync/ports';
import { runSyncStep } from 'server/sync/run-sync-step';
import { parseSyncStepPayload } from 'server/sync/sync-step-payload';
import { pushRecords } from 'server/sync/partners/push';
import { parsePushPayload } from 'server/sync/partners/push-queue';
import { createMemoryCrm, memoryKv, type MemoryCrm } from 'test/twenty/stand-in/memory-crm';
import { createInProcessMetakocka, type InProcessMetakocka } from 'test/sandbox/in-process';

export interface TestRuntime extends SyncRuntime {
  crm: MemoryCrm;
  mk: InProcessMetakocka;
  store: Map<string, unknown>;
  queue: Array<{ fn: string; job: EnqueuedJob; delayMs: number; attempts?: number }>;
  seenJobIds: Set<string>;
  clock: { now: Date };
  /** Called after every job, whatever its outcome (the crash tests start a fresh process here). */
  afterJob?: () => void;
  /** Runs queued jobs until none are left; a job that throws stays failed (like a job out of retries). */
  drain(opts?: {
    max?: number;
    handlers?: Record<string, (payload: unknown, rt: SyncRuntime) => Promise<unknown>>;
  }): Promise<{ ran: number; failed: number }>;
}

export function createTestRuntime(): TestRuntime {
  const clock = { now: new Date('2026-11-25T10:00:00.000Z') };
  const now = () => new Date(clock.now);
  const kv = memoryKv();
  const queue: TestRuntime['queue'] = [];
  const seenJobIds = new Set<string>();
  const rt: TestRuntime = {
    crm: createMemoryCrm(now),
    mk: createInProcessMetakocka({ now }),
    store: kv.store,
    queue,
    seenJobIds,
    clock,
    now,
    workspaceId: 'ws-test',
    kv,
    jobs: {
      async enqueue(fn, jobs, delayMs = 0) {
        for (const job of jobs) {
          if (seenJobIds.has(job.jobId)) continue; // a jobId the queue holds (or held) is ignored (APPS.md §3.4)
          seenJobIds.add(job.jobId);
          queue.push({ fn, job, delayMs });
        }
      },
    },
    async drain(opts = {}) {
      let ran = 0;
      let failed = 0;
      const handlers = {
        'run-sync-step': (p: unknown, r: SyncRuntime) => runSyncStep(parseSyncStepPayload(p), r),
        'push-records': (p: unknown, r: SyncRuntime) => pushRecords(parsePushPayload(p), r),
        ...opts.handlers,
      };
      while (queue.length > 0 && ran < (opts.max ?? 10_000)) {
        const item = queue.shift()!;
        ran += 1;
        rt.mk.newFunctionRun(); // every job is a function run of its own
        try {
          await handlers[item.fn as keyof typeof handlers]!(item.job.payload, rt);
        } catch (error) {
          failed += 1;
          // Twenty redelivers a job that threw a retryable error (host-handler.ts), up to its retry limit.
          const attempts = (item.attempts ?? 0) + 1;
          if (isSyncError(error) && error.retryable && attempts < 3) queue.push({ ...item, attempts });
        } finally {
          rt.afterJob?.();
        }
      }
      return { ran, failed };
    },
  };
  return rt;
}
