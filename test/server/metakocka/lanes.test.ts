import { createLane, createLanes } from 'server/metakocka/lanes';

describe('createLane', () => {
  it('runs at most `limit` tasks at once and starts waiting tasks in arrival order', async () => {
    const lane = createLane(2);
    const started: number[] = [];
    let peak = 0;
    const task = (n: number) =>
      lane.run(async () => {
        started.push(n);
        peak = Math.max(peak, lane.active);
        await new Promise((resolve) => setTimeout(resolve, 5));
        return n;
      });
    expect(await Promise.all([1, 2, 3, 4, 5].map(task))).toEqual([1, 2, 3, 4, 5]);
    expect(peak).toBe(2);
    expect(started).toEqual([1, 2, 3, 4, 5]);
  });

  it('frees its slot when a task fails', async () => {
    const lane = createLane(1);
    await expect(lane.run(async () => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    await expect(lane.run(async () => 'next')).resolves.toBe('next');
  });

  it('refuses a concurrency below one with a clear message', () => {
    expect(() => createLane(0)).toThrow(/at least 1/);
  });
});

describe('createLanes', () => {
  it('shares the search lane between clients of the same company, not across companies', () => {
    expect(createLanes('https://a.test/', '1', 4).search).toBe(createLanes('https://a.test', '1', 2).search);
    expect(createLanes('https://a.test', '1', 4).search).not.toBe(createLanes('https://a.test', '2', 4).search);
  });
});
