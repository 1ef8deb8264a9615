// Enqueues work on Twenty's job queue (enqueueJobs; APPS.md §3.4): jobId is the idempotency key, delayMs defers,
// and one call carries at most 200 payloads, so larger batches are split here.

export interface EnqueueJobsInput {
  logicFunctionUniversalIdentifier: string;
  jobs: Array<{ payload?: Record<string, unknown>; jobId?: string }>;
  retryLimit?: number;
  delayMs?: number;
}

export interface EnqueueJobsResult {
  enqueued: boolean;
  logicFunctionUniversalIdentifier: string;
  enqueuedJobsCount: number;
  jobIds: string[];
}

export type JobState = 'COMPLETED' | 'FAILED' | 'ACTIVE' | 'WAITING' | 'DELAYED' | 'PRIORITIZED' | 'WAITING_CHILDREN';

export interface JobStatus {
  jobId: string;
  state: JobState;
  attemptsMade: number;
  failedReason?: string | null;
}

/** What Twenty offers (twenty-sdk/logic-function enqueueJobs/getJobs). */
export interface JobsPort {
  enqueueJobs(input: EnqueueJobsInput): Promise<EnqueueJobsResult>;
  getJobs(jobIds: string[]): Promise<JobStatus[]>;
}

export interface JobToEnqueue {
  payload: Record<string, unknown>;
  /** Same id while the queue remembers it = the enqueue is ignored (APPS.md §3.4). */
  jobId?: string;
}

export interface EnqueueOptions {
  delayMs?: number;
  /** Retries happen only after a RetryableLogicFunctionError (APPS.md §3.4). */
  retryLimit?: number;
}

export interface AppJobs {
  enqueue(
    logicFunctionUniversalIdentifier: string,
    jobs: JobToEnqueue[],
    options?: EnqueueOptions,
  ): Promise<{ jobIds: string[]; enqueuedCount: number }>;
  status(jobIds: string[]): Promise<JobStatus[]>;
}

/** APPS.md §3.4: 200 payloads per call, delayMs 0..7 days, retryLimit 0..10. */
export const ENQUEUE_BATCH_CAP = 200;
export const MAX_DELAY_MS = 604_800_000;
export const MAX_RETRY_LIMIT = 10;

const checkRange = (name: string, value: number | undefined, max: number): void => {
  if (value === undefined) return;
  if (!Number.isInteger(value) || value < 0 || value > max) {
    throw new RangeError(
      `${name} must be a whole number from 0 to ${max}; got ${value}. Twenty refuses the enqueue otherwise (APPS.md §3.4).`,
    );
  }
};

export function createAppJobs(port: JobsPort): AppJobs {
  return {
    async enqueue(target, jobs, options = {}) {
      checkRange('delayMs', options.delayMs, MAX_DELAY_MS);
      checkRange('retryLimit', options.retryLimit, MAX_RETRY_LIMIT);
      const jobIds: string[] = [];
      let enqueuedCount = 0;
      for (let start = 0; start < jobs.length; start += ENQUEUE_BATCH_CAP) {
        const chunk = jobs.slice(start, start + ENQUEUE_BATCH_CAP);
        const result = await port.enqueueJobs({
          logicFunctionUniversalIdentifier: target,
          jobs: chunk.map((job) =>
            job.jobId === undefined ? { payload: job.payload } : { payload: job.payload, jobId: job.jobId },
          ),
          ...(options.retryLimit === undefined ? {} : { retryLimit: options.retryLimit }),
          ...(options.delayMs === undefined ? {} : { delayMs: options.delayMs }),
        });
        jobIds.push(...result.jobIds);
        enqueuedCount += result.enqueuedJobsCount;
      }
      return { jobIds, enqueuedCount };
    },
    status: (jobIds) => (jobIds.length === 0 ? Promise.resolve([]) : port.getJobs(jobIds)),
  };
}
