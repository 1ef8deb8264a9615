// Twenty's job queue for app logic functions, as far as an app can observe it (APPS.md §3.4): enqueueJobs with at
// most 200 payloads, jobId as idempotency key, delayMs 0..7 days, retryLimit 0..10 (default 0), redelivery only after
// a RetryableLogicFunctionError, getJobs states. Time is virtual: the harness moves it forward to the next due job.
import { randomUUID } from 'node:crypto';

export type JobState = 'COMPLETED' | 'FAILED' | 'ACTIVE' | 'WAITING' | 'DELAYED';

export interface QueuedJob<TActor> {
  jobId: string;
  logicFunctionUniversalIdentifier: string;
  payload: Record<string, unknown>;
  retryLimit: number;
  attemptsMade: number;
  state: JobState;
  runAt: number;
  enqueuedAt: number;
  startedAt: number | null;
  finishedAt: number | null;
  failedReason: string | null;
  actor: TActor;
}

export interface EnqueueInput {
  logicFunctionUniversalIdentifier?: unknown;
  payloads?: unknown;
  jobs?: unknown;
  retryLimit?: unknown;
  delayMs?: unknown;
}

export class EnqueueRefusedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'EnqueueRefusedError';
  }
}

export const ENQUEUE_CAP = 200;
export const MAX_DELAY_MS = 604_800_000;
export const MAX_RETRY_LIMIT = 10;
/** How long finished ids keep deduplicating (APPS.md §3.4: "for hours"; 4 h / 7 d per a third-party summary, UNCONFIRMED). */
export const COMPLETED_RETENTION_MS = 4 * 3_600_000;
export const FAILED_RETENTION_MS = 7 * 24 * 3_600_000;

const wholeInRange = (name: string, value: unknown, max: number, fallback: number): number => {
  if (value === undefined || value === null) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < 0 || value > max) {
    throw new EnqueueRefusedError(`${name} must be an integer from 0 to ${max}; got ${JSON.stringify(value)}.`);
  }
  return value;
};

interface Item {
  payload: Record<string, unknown>;
  jobId?: string;
}

const itemsOf = (input: EnqueueInput): Item[] => {
  const fromJobs = Array.isArray(input.jobs)
    ? (input.jobs as Array<{ payload?: Record<string, unknown>; jobId?: string }>)
    : [];
  type Raw = { payload?: Record<string, unknown>; jobId?: string };
  const fromPayloads = Array.isArray(input.payloads)
    ? (input.payloads as Array<Record<string, unknown>>).map((payload): Item => ({ payload }))
    : [];
  return [...fromPayloads, ...fromJobs].map((item: Raw) => ({
    payload: item.payload ?? {},
    ...(item.jobId ? { jobId: item.jobId } : {}),
  }));
};

export class JobQueue<TActor> {
  private readonly jobs = new Map<string, QueuedJob<TActor>>();

  constructor(private readonly knownFunction: (universalIdentifier: string) => boolean) {}

  enqueue(input: EnqueueInput, actor: TActor, now: number) {
    const target = input.logicFunctionUniversalIdentifier;
    if (typeof target !== 'string' || !this.knownFunction(target)) {
      throw new EnqueueRefusedError(
        `Logic function ${String(target)} is not part of this application; jobs can only target the app's own functions.`,
      );
    }
    const items = itemsOf(input);
    if (items.length > ENQUEUE_CAP)
      throw new EnqueueRefusedError(`Cannot enqueue more than ${ENQUEUE_CAP} jobs at once; got ${items.length}.`);
    const delayMs = wholeInRange('delayMs', input.delayMs, MAX_DELAY_MS, 0);
    const retryLimit = wholeInRange('retryLimit', input.retryLimit, MAX_RETRY_LIMIT, 0);
    const jobIds: string[] = [];
    let enqueuedJobsCount = 0;
    for (const item of items) {
      const jobId = item.jobId ?? randomUUID();
      jobIds.push(jobId);
      if (this.remembers(jobId, now)) continue;
      this.jobs.set(jobId, {
        jobId,
        logicFunctionUniversalIdentifier: target,
        payload: item.payload,
        retryLimit,
        attemptsMade: 0,
        state: delayMs > 0 ? 'DELAYED' : 'WAITING',
        runAt: now + delayMs,
        enqueuedAt: now,
        startedAt: null,
        finishedAt: null,
        failedReason: null,
        actor,
      });
      enqueuedJobsCount += 1;
    }
    return { enqueued: enqueuedJobsCount > 0, logicFunctionUniversalIdentifier: target, enqueuedJobsCount, jobIds };
  }

  private remembers(jobId: string, now: number): boolean {
    const job = this.jobs.get(jobId);
    if (!job) return false;
    if (job.state === 'COMPLETED') return now - (job.finishedAt ?? now) < COMPLETED_RETENTION_MS;
    if (job.state === 'FAILED') return now - (job.finishedAt ?? now) < FAILED_RETENTION_MS;
    return true;
  }

  status(jobIds: string[]) {
    return jobIds.flatMap((jobId) => {
      const job = this.jobs.get(jobId);
      return job
        ? [
            {
              jobId,
              state: job.state,
              attemptsMade: job.attemptsMade,
              failedReason: job.failedReason,
              enqueuedAt: job.enqueuedAt,
              startedAt: job.startedAt,
              finishedAt: job.finishedAt,
            },
          ]
        : [];
    });
  }

  /** The waiting or delayed job that is due first, if any is due at `now`. */
  nextDue(now: number): QueuedJob<TActor> | undefined {
    return this.pending().find((job) => job.runAt <= now);
  }

  /** When the earliest pending job becomes due. */
  nextRunAt(): number | undefined {
    return this.pending()[0]?.runAt;
  }

  pending(): Array<QueuedJob<TActor>> {
    return [...this.jobs.values()]
      .filter((job) => job.state === 'WAITING' || job.state === 'DELAYED')
      .sort((a, b) => a.runAt - b.runAt || a.enqueuedAt - b.enqueuedAt);
  }

  all(): Array<QueuedJob<TActor>> {
    return [...this.jobs.values()];
  }

  start(job: QueuedJob<TActor>, now: number): void {
    job.state = 'ACTIVE';
    job.startedAt = now;
  }

  /** A failed job handed out again (a stalled job whose worker died, see HarnessCore.redeliverCrashedJobs). */
  redeliver(job: QueuedJob<TActor>, now: number): void {
    job.state = 'WAITING';
    job.runAt = now;
    job.finishedAt = null;
  }

  /** After a run: completed, redelivered (retryable and attempts left), or failed for good. */
  finish(
    job: QueuedJob<TActor>,
    now: number,
    outcome: { ok: true } | { ok: false; retryable: boolean; reason: string },
  ): 'completed' | 'retrying' | 'failed' {
    job.attemptsMade += 1;
    if (outcome.ok) {
      job.state = 'COMPLETED';
      job.finishedAt = now;
      return 'completed';
    }
    job.failedReason = outcome.reason;
    if (outcome.retryable && job.attemptsMade <= job.retryLimit) {
      job.state = 'WAITING';
      job.runAt = now;
      return 'retrying';
    }
    job.state = 'FAILED';
    job.finishedAt = now;
    return 'failed';
  }
}
