// Twenty's job queue as the harness serves it through the stand-in's /metadata (APPS.md §3.4): jobId deduplication,
// retries only after RetryableLogicFunctionError up to retryLimit, delays in virtual time, 200 payloads per call.
import { useHarnessWorld } from 'test/twenty/harness/use-harness-world';
import { buildFixtureApp } from 'test/twenty/harness';

const world = useHarnessWorld(buildFixtureApp, { buildTimeoutMs: 180_000 });

type Mode = 'ok' | 'retryable' | 'fail';
const enqueue = (
  jobs: Array<{ key: string; mode: Mode; jobId?: string }>,
  options: { retryLimit?: number; delayMs?: number } = {},
) =>
  world.harness.workflowAction('enqueue', { jobs, ...options }) as Promise<{ jobIds: string[]; enqueuedCount: number }>;

const attempts = (key: string) => world.standIn.kv.get(`attempts:${key}`);

describe('enqueueJobs', () => {
  it('runs a job once when the same jobId is enqueued again, in one call or in the next', async () => {
    const first = await enqueue([
      { key: 'a', mode: 'ok', jobId: 'run-1:partners:0' },
      { key: 'a', mode: 'ok', jobId: 'run-1:partners:0' },
    ]);
    const second = await enqueue([{ key: 'a', mode: 'ok', jobId: 'run-1:partners:0' }]);

    expect(await world.harness.drainJobs()).toEqual({ ran: 1, failed: 0 });
    expect(attempts('a')).toBe(1);
    expect(first.enqueuedCount).toBe(1);
    expect(second.enqueuedCount).toBe(0);
  });

  it('still ignores a finished jobId that is enqueued again', async () => {
    await enqueue([{ key: 'b', mode: 'ok', jobId: 'done-once' }]);
    await world.harness.drainJobs();
    await enqueue([{ key: 'b', mode: 'ok', jobId: 'done-once' }]);

    expect(await world.harness.drainJobs()).toEqual({ ran: 0, failed: 0 });
    expect(attempts('b')).toBe(1);
  });

  it('redelivers a job that throws RetryableLogicFunctionError until its retry limit, then fails it', async () => {
    await enqueue([{ key: 'r', mode: 'retryable', jobId: 'retry-me' }], { retryLimit: 2 });

    expect(await world.harness.drainJobs()).toEqual({ ran: 3, failed: 1 });
    expect(attempts('r')).toBe(3);
    expect(world.standIn.kv.get('context:r')).toMatchObject({ retryCount: 2, maxRetries: 2 });
    expect(world.harness.jobs().find((job) => job.jobId === 'retry-me')).toMatchObject({
      state: 'FAILED',
      attemptsMade: 3,
    });
  });

  it('does not retry a job that throws any other error', async () => {
    await enqueue([{ key: 'f', mode: 'fail' }], { retryLimit: 5 });

    expect(await world.harness.drainJobs()).toEqual({ ran: 1, failed: 1 });
    expect(attempts('f')).toBe(1);
  });

  it('holds a delayed job until virtual time reaches it', async () => {
    const before = world.harness.now();
    await enqueue([{ key: 'd', mode: 'ok' }], { delayMs: 3_600_000 });
    await enqueue([{ key: 'now', mode: 'ok' }]);

    expect(world.harness.jobs().filter((job) => job.state === 'DELAYED')).toHaveLength(1);
    expect(await world.harness.drainJobs()).toEqual({ ran: 2, failed: 0 });
    expect(attempts('d')).toBe(1);
    expect(world.harness.now() - before).toBeGreaterThanOrEqual(3_600_000);
  });

  it('splits 201 jobs into calls of at most 200 (server/host/jobs.ts), all of which the queue accepts', async () => {
    const jobs = Array.from({ length: 201 }, (_, i) => ({ key: `bulk-${i}`, mode: 'ok' as const, jobId: `bulk-${i}` }));

    const result = await enqueue(jobs);

    expect(result.enqueuedCount).toBe(201);
    expect(world.harness.jobs()).toHaveLength(201);
  });

  it('refuses an out-of-range retry limit with a clear error', async () => {
    await expect(enqueue([{ key: 'x', mode: 'ok' }], { retryLimit: 11 })).rejects.toThrow(
      /retryLimit must be a whole number from 0 to 10/,
    );
  });
});

describe('a job whose run is killed', () => {
  const killJobWorker = () => {
    world.harness.enqueue('job-worker', { key: 'k', mode: 'ok' }, { jobId: 'killed-once' });
    world.harness.crashAfterRequests(2, { functionName: 'job-worker' }); // after kv.get and the first kv.set
  };

  it('fails for good when only the function process died (no redelivery without RetryableLogicFunctionError)', async () => {
    killJobWorker();

    expect(await world.harness.drainJobs()).toEqual({ ran: 1, failed: 1 });
    expect(await world.harness.drainJobs()).toEqual({ ran: 0, failed: 0 });
    expect(attempts('k')).toBe(1);
    expect(world.harness.jobs().find((job) => job.jobId === 'killed-once')).toMatchObject({
      state: 'FAILED',
      failedReason: 'crashed',
    });
  });

  it('runs again under the same jobId when redelivered, as a job whose worker died', async () => {
    killJobWorker();
    await world.harness.drainJobs();

    expect(world.harness.redeliverCrashedJobs()).toBe(1);
    expect(await world.harness.drainJobs()).toEqual({ ran: 1, failed: 0 });
    expect(attempts('k')).toBe(2);
    expect(world.harness.jobs().find((job) => job.jobId === 'killed-once')).toMatchObject({
      state: 'COMPLETED',
      attemptsMade: 2,
    });
    expect(world.harness.redeliverCrashedJobs()).toBe(0);
  });
});
