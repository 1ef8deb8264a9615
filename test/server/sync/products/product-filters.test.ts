// The product filters (categories, e-shop only) on the products stream: what is kept, what leaves the sync's scope
// (marked outOfSyncScope, never deleted), and what comes back when the filter widens.
import { createHmac } from 'node:crypto';

import { writeSettings } from 'server/settings/store';
import { receiveStockWebhook } from 'server/sync/products/stock-webhook';
import { loadRunState } from 'server/sync/checkpoints';
import { startRun } from 'server/sync/planner';
import { createTestRuntime, type TestRuntime } from '../support/runtime';
import { product } from '../support/mk-records';

async function syncProducts(rt: TestRuntime) {
  await startRun(rt, 'products', { trigger: 'manual', dryRun: false });
  await rt.drain();
  rt.clock.now = new Date(rt.clock.now.getTime() + 60_000);
  return (await loadRunState(rt.kv, 'products'))!.counts;
}
const rows = (rt: TestRuntime) => [...rt.crm.tables.metakockaProducts.rows.values()];
const row = (rt: TestRuntime, mkId: string) => rows(rt).find((p) => p.metakockaId === mkId)!;

function catalogue(rt: TestRuntime) {
  const mac = product({ categories: ['Računalnik', 'Apple', 'MacBook'], eshopSync: true });
  const dell = product({ categories: ['Računalnik', 'Dell'], eshopSync: false });
  const chair = product({ categories: ['Pohištvo'], eshopSync: true });
  rt.mk.products.push(mac, dell, chair);
  return { mac, dell, chair };
}

describe('product filters', () => {
  it('takes only products with a wanted category at any level of their tree, without case', async () => {
    const rt = createTestRuntime();
    const { mac, dell, chair } = catalogue(rt);
    await writeSettings(rt.kv, { filters: { productCategories: ['apple'] } });
    const counts = await syncProducts(rt);
    expect(rows(rt).map((p) => p.metakockaId)).toEqual([mac.mkId]);
    expect(counts).toMatchObject({ created: 1, skipped: 2, leftScope: 0 });
    expect(rows(rt).some((p) => [dell.mkId, chair.mkId].includes(p.metakockaId))).toBe(false);
  });

  it('marks products a narrowed filter leaves out, keeps them as they were, and counts them; widening takes them back', async () => {
    const rt = createTestRuntime();
    const { mac, dell, chair } = catalogue(rt);
    await syncProducts(rt);
    const before = structuredClone(row(rt, chair.mkId));

    await writeSettings(rt.kv, { filters: { productCategories: ['Računalnik'] } });
    const narrowed = await syncProducts(rt);
    expect(narrowed).toMatchObject({ leftScope: 1, unchanged: 2, created: 0, deleted: 0 });
    expect(rows(rt)).toHaveLength(3); // nothing deleted
    expect(row(rt, chair.mkId)).toMatchObject({ outOfSyncScope: true, isActive: true, name: before.name });
    expect(row(rt, mac.mkId).outOfSyncScope).toBeFalsy();

    // A product out of scope is no longer updated from Metakocka.
    rt.mk.products.update(chair.mkId, (p) => void (p.name = 'Stol, nov naziv'));
    expect(await syncProducts(rt)).toMatchObject({ leftScope: 0, skipped: 1 });
    expect(row(rt, chair.mkId).name).toBe(before.name);

    await writeSettings(rt.kv, { filters: { productCategories: [] } });
    expect(await syncProducts(rt)).toMatchObject({ enteredScope: 1, leftScope: 0 });
    expect(row(rt, chair.mkId)).toMatchObject({ outOfSyncScope: false, name: 'Stol, nov naziv' });
    expect(row(rt, dell.mkId).outOfSyncScope).toBeFalsy();
  });

  it('e-shop only marks the products not flagged for the e-shop', async () => {
    const rt = createTestRuntime();
    const { dell } = catalogue(rt);
    await syncProducts(rt);
    await writeSettings(rt.kv, { filters: { eshopOnly: true } });
    expect(await syncProducts(rt)).toMatchObject({ leftScope: 1 });
    expect(
      rows(rt)
        .filter((p) => p.outOfSyncScope)
        .map((p) => p.metakockaId),
    ).toEqual([dell.mkId]);
  });

  it('a dry run with a narrower filter counts what would leave the scope and writes nothing', async () => {
    const rt = createTestRuntime();
    catalogue(rt);
    await syncProducts(rt);
    const before = JSON.stringify(rows(rt));
    await writeSettings(rt.kv, { filters: { eshopOnly: true } });
    await startRun(rt, 'products', { trigger: 'manual', dryRun: true });
    await rt.drain();
    const state = (await loadRunState(rt.kv, 'products'))!;
    expect(state.counts).toMatchObject({ leftScope: 1 });
    expect(state.plan).toEqual(expect.arrayContaining([expect.objectContaining({ action: 'leave-scope' })]));
    expect(JSON.stringify(rows(rt))).toBe(before);
  });

  it('a stock webhook leaves a product outside the filters as it was', async () => {
    const rt = createTestRuntime();
    const { dell, mac } = catalogue(rt);
    await syncProducts(rt);
    await writeSettings(rt.kv, { filters: { eshopOnly: true } });
    await syncProducts(rt);
    const secret = 'a-webhook-secret-of-forty-characters-xyz';
    const rawBody = JSON.stringify({
      stock_list: [dell, mac].map((p) => ({ warehouse_id: '1600000311', mk_id: p.mkId, amount: '7' })),
    });
    const verdict = await receiveStockWebhook(
      rt,
      {
        rawBody,
        headers: {
          'x-metakocka-event': 'warehouse_product_stock_update',
          'x-metakocka-signature': createHmac('sha1', secret).update(rawBody).digest('base64'),
        },
      },
      secret,
    );
    expect(verdict).toMatchObject({ ok: true, updated: 1 });
    expect(row(rt, mac.mkId).stockTotal).toBe('7');
    expect(row(rt, dell.mkId).stockTotal).toBe('120');
  });
});
