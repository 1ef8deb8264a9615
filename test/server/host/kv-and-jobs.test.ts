// The host's kv keeps an index so uninstall can clear every key (Twenty's kv cannot list keys, APPS.md §2.2), and the
// host's jobs split enqueues into calls of at most 200 with Twenty's ranges checked first (APPS.md §3.4).
import { createAppJobs, ENQUEUE_BATCH_CAP } from 'server/host/jobs';
import { createAppKv, KV_INDEX_KEY } from 'server/host/kv';
import { recordingJobsPort } from 'test/twenty/harness/stand-in-runtime';
import { memoryKv } from 'test/twenty/stand-in/memory-crm';

describe('createAppKv', () => {
  it('clears every key the app wrote, and the index, leaving nothing behind', async () => {
    const port = memoryKv();
    const kv = createAppKv(port);
    await kv.set('sync:cursor:partners', { page: 3 });
    await kv.set('metakocka:settings', { dryRun: false });
    await kv.set('sync:cursor:partners', { page: 4 });

    const cleared = await kv.clearAll();

    expect(cleared.sort()).toEqual(['metakocka:settings', 'sync:cursor:partners']);
    expect([...port.store.keys()]).toEqual([]);
  });

  it('forgets a deleted key in the index', async () => {
    const port = memoryKv();
    const kv = createAppKv(port);
    await kv.set('a', 1);
    await kv.set('b', 2);
    await kv.delete('a');

    expect(await kv.keys()).toEqual(['b']);
  });

  it('refuses to overwrite the index itself', async () => {
    const kv = createAppKv(memoryKv());
    await expect(kv.set(KV_INDEX_KEY, [])).rejects.toThrow(/reserved/);
  });
});

describe('createAppJobs', () => {
  it('sends 450 jobs as calls of 200, 200 and 50, keeping jobIds and options', async () => {
    const port = recordingJobsPort();
    const jobs = createAppJobs(port);
    const payloads = Array.from({ length: 450 }, (_, i) => ({ payload: { page: i }, jobId: `run:partners:${i}` }));

    const result = await jobs.enqueue('fn-uid', payloads, { delayMs: 5000, retryLimit: 3 });

    expect(port.enqueued.map((call) => call.jobs.length)).toEqual([ENQUEUE_BATCH_CAP, ENQUEUE_BATCH_CAP, 50]);
    expect(port.enqueued.every((call) => call.delayMs === 5000 && call.retryLimit === 3)).toBe(true);
    expect(result.jobIds).toHaveLength(450);
    expect(result.jobIds[449]).toBe('run:partners:449');
  });

  it.each([
    [{ delayMs: -1 }, /delayMs must be a whole number from 0 to 604800000/],
    [{ delayMs: 604_800_001 }, /delayMs/],
    [{ retryLimit: 11 }, /retryLimit must be a whole number from 0 to 10/],
    [{ retryLimit: 1.5 }, /retryLimit/],
  ])('refuses %j before calling Twenty', async (options, message) => {
    const port = recordingJobsPort();
    await expect(createAppJobs(port).enqueue('fn-uid', [{ payload: {} }], options)).rejects.toThrow(message);
    expect(port.enqueued).toEqual([]);
  });
});
