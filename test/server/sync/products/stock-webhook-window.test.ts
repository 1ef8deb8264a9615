// The stock webhook's replay window (D39): the same signed body is refused for at least 7 days after it was applied
// (at most 14), then taken again, so a real return to that stock level is not lost for good; the cron's sweep keeps
// the kv entries (and the app's kv index) to the last two windows.
import { createHmac } from 'node:crypto';
import { createAppKv } from 'server/host/kv';
import { startRun } from 'server/sync/planner';
import { forgetOldStockBodies, receiveStockWebhook, REPLAY_WINDOW_DAYS } from 'server/sync/products/stock-webhook';
import { createTestRuntime } from '../support/runtime';
import { product } from '../support/mk-records';

const SECRET = 'a-webhook-secret-of-forty-characters-xyz';
const DAY_MS = 86_400_000;

function call(mkId: string, amount: string) {
  const rawBody = JSON.stringify({ stock_list: [{ warehouse_id: '1600000311', mk_id: mkId, amount }] });
  return {
    rawBody,
    headers: {
      'x-metakocka-event': 'warehouse_product_stock_update',
      'x-metakocka-signature': createHmac('sha1', SECRET).update(rawBody).digest('base64'),
    },
  };
}

async function runtimeWithProduct() {
  const rt = createTestRuntime();
  const kv = createAppKv(rt.kv);
  rt.kv = kv;
  rt.mk.products.push(product());
  await startRun(rt, 'products', { trigger: 'manual', dryRun: false });
  await rt.drain();
  const mkId = rt.mk.products.at(0)!.mkId;
  const stock = () =>
    [...rt.crm.tables.metakockaProducts.rows.values()].find((p) => p.metakockaId === mkId)!.stockTotal;
  const receipts = async () => (await kv.keys()).filter((key) => key.startsWith('metakocka:webhook:applied:'));
  const start = rt.clock.now.getTime();
  const at = (days: number) => {
    rt.clock.now = new Date(start + days * DAY_MS);
  };
  return { rt, kv, mkId, stock, receipts, at };
}

describe('stock webhook replay window', () => {
  it(`refuses a body applied less than ${REPLAY_WINDOW_DAYS} days ago and applies it again after ${2 * REPLAY_WINDOW_DAYS} days`, async () => {
    const { rt, mkId, stock, at } = await runtimeWithProduct();
    expect(await receiveStockWebhook(rt, call(mkId, '40'), SECRET)).toMatchObject({ ok: true, updated: 1 });
    expect(await receiveStockWebhook(rt, call(mkId, '25'), SECRET)).toMatchObject({ ok: true, updated: 1 });
    for (const days of [0.5, 3, REPLAY_WINDOW_DAYS - 0.01]) {
      at(days);
      expect(await receiveStockWebhook(rt, call(mkId, '40'), SECRET)).toMatchObject({ ok: false, status: 409 });
      expect(stock()).toBe('25');
    }
    at(2 * REPLAY_WINDOW_DAYS + 0.01);
    expect(await receiveStockWebhook(rt, call(mkId, '40'), SECRET)).toMatchObject({ ok: true, updated: 1 });
    expect(stock()).toBe('40');
  });

  it("the cron's sweep forgets bodies older than two windows and keeps the recent ones", async () => {
    const { rt, kv, mkId, receipts, at } = await runtimeWithProduct();
    await receiveStockWebhook(rt, call(mkId, '1'), SECRET);
    await receiveStockWebhook(rt, call(mkId, '2'), SECRET);
    at(2 * REPLAY_WINDOW_DAYS + 0.01);
    await receiveStockWebhook(rt, call(mkId, '3'), SECRET);
    expect(await receipts()).toHaveLength(3);
    await forgetOldStockBodies(kv, rt.clock.now);
    expect(await receipts()).toHaveLength(1);
    expect([...rt.store.keys()].filter((key) => key.startsWith('metakocka:webhook:applied:'))).toEqual(
      await receipts(),
    );
    expect(await receiveStockWebhook(rt, call(mkId, '3'), SECRET)).toMatchObject({ ok: false, status: 409 });
  });
});
