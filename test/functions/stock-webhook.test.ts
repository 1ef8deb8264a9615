// stock-webhook (route /metakocka/webhooks/stock): verifies the signature over the raw body, refuses the rest.
import { createHmac } from 'node:crypto';
import { SYNC_ROUTES } from 'server/sync/route-paths';
import { WEBHOOK_SECRET } from 'test/e2e/sync-world';
import { useSyncWorld } from 'test/e2e/use-sync-world';

const world = useSyncWorld({ partners: 0, products: 3 });
const PATH = `/s${SYNC_ROUTES.stockWebhook}`; // '/metakocka/webhooks/stock'
const sign = (body: string, secret = WEBHOOK_SECRET) => createHmac('sha1', secret).update(body).digest('base64');

describe('stock-webhook', () => {
  it('updates the stock of a product from a signed call, and refuses a replay of the same call id', async () => {
    await world().sync({ streams: ['products'] });
    const product = world().rows('metakockaProduct')[0]!;
    const body = JSON.stringify({ stock_list: [{ warehouse_id: '1600000311', mk_id: product.metakockaId, amount: '77' }, { warehouse_id: '1600000312', mk_id: product.metakockaId, amount: '3,5' }] });
    const headers = { 'x-metakocka-event': 'warehouse_product_stock_update', 'x-metakocka-id': 'call-1', 'x-metakocka-signature': sign(body) };
    const reply = await world().harness.route(PATH, { method: 'POST', body, headers, as: 'anonymous' });
    expect(reply).toMatchObject({ status: 200, body: { status: 'ok' } });
    expect(world().rows('metakockaProduct').find((p) => p.id === product.id)).toMatchObject({ stockByWarehouse: [{ warehouse: '1600000311', amount: '77' }, { warehouse: '1600000312', amount: '3.5' }] });
    expect(Number(world().rows('metakockaProduct').find((p) => p.id === product.id)!.stockTotal)).toBe(80.5);
    expect((await world().harness.route(PATH, { method: 'POST', body, headers, as: 'anonymous' })).status).toBe(409);
  });

  it('refuses an unsigned, a wrongly signed and a malformed call and changes nothing', async () => {
    const body = JSON.stringify({ stock_list: [{ warehouse_id: '1', mk_id: '1', amount: '5' }] });
    const base = { 'x-metakocka-event': 'warehouse_product_stock_update', 'x-metakocka-id': 'call-2' };
    expect((await world().harness.route(PATH, { method: 'POST', body, headers: base, as: 'anonymous' })).status).toBe(401);
    expect((await world().harness.route(PATH, { method: 'POST', body, headers: { ...base, 'x-metakocka-signature': sign(body, 'wrong') }, as: 'anonymous' })).status).toBe(401);
    const junk = '{"not":"stock"}';
    const reply = await world().harness.route(PATH, { method: 'POST', body: junk, headers: { ...base, 'x-metakocka-signature': sign(junk) }, as: 'anonymous' });
    expect(reply.status).toBe(400);
    expect(reply.body).toMatchObject({ error: expect.stringContaining('stock list'), action: expect.any(String) });
  });
});
