// The cron's planner: a documents run waits for the partners and products runs of its cycle, so its links are there, and
// starts in the job that ends the last of them, not at a later cron tick (D60).
import { writeSettings } from 'server/settings/store';
import { loadRunState } from 'server/sync/checkpoints';
import { cronTick } from 'server/sync/planner';
import { createTestRuntime } from './support/runtime';
import { product } from './support/mk-records';

describe('sync planner', () => {
  it('starts documents as soon as partners and products of the cycle are through, without another tick', async () => {
    const rt = createTestRuntime();
    rt.mk.products.push(product());
    await writeSettings(rt.kv, { streams: { documents: { enabled: true } } });
    const first = await cronTick(rt);
    expect(first.map((d) => [d.stream, d.action])).toEqual([
      ['partners', 'started'],
      ['products', 'started'],
      ['documents', 'waiting'],
    ]);
    expect(await loadRunState(rt.kv, 'documents')).toMatchObject({
      status: 'waiting',
      waitFor: ['partners', 'products'],
    });
    expect(
      rt.crm.tables.metakockaSyncRuns.rows.get([...rt.crm.tables.metakockaSyncRuns.rows.keys()][2]!),
    ).toMatchObject({
      stream: 'DOCUMENTS',
      status: 'QUEUED',
    });
    expect((await cronTick(rt)).find((d) => d.stream === 'documents')?.action).toBe('waiting');
    await rt.drain();
    expect(rt.crm.tables.metakockaProducts.rows.size).toBe(1);
    // It began in the products job's end and read the (empty) document registers through to the end.
    const documents = await loadRunState(rt.kv, 'documents');
    expect(documents?.status).toBe('done');
    expect(rt.queue).toHaveLength(0);
    const next = await cronTick(rt);
    expect(next.map((d) => [d.stream, d.action])).toEqual([
      ['partners', 'not-due'],
      ['products', 'not-due'],
      ['documents', 'not-due'],
    ]);
    expect(documents?.finishedAt).not.toBeNull();
  });

  it("starts a stream's first run at once and spreads later scheduled runs over the cron period", async () => {
    const rt = createTestRuntime();
    const first = await cronTick(rt);
    expect(first.filter((d) => d.action === 'started')).toHaveLength(2);
    expect(rt.queue.map((q) => q.delayMs)).toEqual([0, 0]);
    await rt.drain();
    rt.clock.now = new Date(rt.clock.now.getTime() + 61 * 60_000);
    expect((await cronTick(rt)).filter((d) => d.action === 'started')).toHaveLength(2);
    const delays = rt.queue.map((q) => q.delayMs);
    expect(delays).toHaveLength(2);
    expect(delays[0]).toBeGreaterThan(0);
    expect(delays[0]).toBeLessThan(5 * 60_000);
  });
});
