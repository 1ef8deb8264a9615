// The cron's planner: a documents run waits for the partners and products runs of its cycle, so its links are there.
import { writeSettings } from 'server/settings/store';
import { cronTick } from 'server/sync/planner';
import { createTestRuntime } from './support/runtime';
import { product } from './support/memory-mk';

describe('sync planner', () => {
  it('starts documents only once partners and products of the cycle are through', async () => {
    const rt = createTestRuntime();
    rt.mk.products.push(product());
    await writeSettings(rt.kv, { streams: { documents: { enabled: true } } });
    const first = await cronTick(rt);
    expect(first.map((d) => [d.stream, d.action])).toEqual([
      ['partners', 'started'],
      ['products', 'started'],
      ['documents', 'waiting'],
    ]);
    expect(await rt.kv.get('metakocka:run:documents')).toBeNull();
    expect((await cronTick(rt)).find((d) => d.stream === 'documents')?.action).toBe('waiting');
    await rt.drain();
    expect(rt.crm.tables.metakockaProducts.rows.size).toBe(1);
    const next = await cronTick(rt);
    expect(next.map((d) => [d.stream, d.action])).toEqual([
      ['partners', 'not-due'],
      ['products', 'not-due'],
      ['documents', 'started'],
    ]);
  });
});
