// stock-webhook (route /metakocka/webhooks/stock): verifies the signature over the raw body, refuses the rest, and
// refuses a signed body it already applied, whatever X-MetaKocka-Id says (D39). Called as Metakocka or an attacker would.
import { createHmac } from 'node:crypto';
import { CREDENTIAL_ROUTES, SYNC_ROUTES } from 'plugin/constants/route-paths';
import { MANAGER, WEBHOOK_SECRET } from 'test/e2e/sync-world';
import { useSyncWorld } from 'test/e2e/use-sync-world';

const world = useSyncWorld({ partners: 0, products: 3 });
const PATH = `/s${SYNC_ROUTES.stockWebhook}`; // '/metakocka/webhooks/stock'
const sign = (body: string, secret = WEBHOOK_SECRET) => createHmac('sha1', secret).update(body).digest('base64');
const post = (body: string, callId: string, secret = WEBHOOK_SECRET) =>
  world().harness.route(PATH, {
    method: 'POST',
    body,
    headers: {
      'x-metakocka-event': 'warehouse_product_stock_update',
      'x-metakocka-id': callId,
      'x-metakocka-signature': sign(body, secret),
    },
    as: 'anonymous',
  });
const stockBody = (mkId: string, amounts: string[]) =>
  JSON.stringify({
    stock_list: amounts.map((amount, i) => ({ warehouse_id: `160000031${i + 1}`, mk_id: mkId, amount })),
  });

/** A synced product and a way to read its stock as Twenty holds it. */
async function syncedProduct() {
  await world().sync({ streams: ['products'] });
  const product = world().rows('metakockaProduct')[0]!;
  const stock = () => {
    const row = world()
      .rows('metakockaProduct')
      .find((p) => p.id === product.id)!;
    return { stockByWarehouse: row.stockByWarehouse, stockTotal: row.stockTotal };
  };
  return { mkId: product.metakockaId as string, stock };
}

describe('stock-webhook', () => {
  it('applies a fresh signed body, and a captured body re-sent with a new X-MetaKocka-Id does not restore the old stock', async () => {
    const { mkId, stock } = await syncedProduct();
    const old = stockBody(mkId, ['77', '3,5']);
    expect(await post(old, 'call-1')).toMatchObject({ status: 200, body: { status: 'ok', updated: 1 } });
    expect(stock().stockByWarehouse).toEqual([
      { warehouse: '1600000311', amount: '77' },
      { warehouse: '1600000312', amount: '3.5' },
    ]);
    expect(Number(stock().stockTotal)).toBe(80.5);

    expect(await post(stockBody(mkId, ['12', '0']), 'call-2')).toMatchObject({ status: 200, body: { updated: 1 } });
    const current = stock();
    expect(Number(current.stockTotal)).toBe(12);

    const replay = await post(old, 'attacker-chosen-id-9');
    expect(replay).toMatchObject({
      status: 409,
      body: { error: expect.stringContaining('already applied'), action: expect.any(String) },
    });
    expect(stock()).toEqual(current);
  });

  it('refuses a malformed amount with 400 naming the row and field, changes nothing and raises a sync issue', async () => {
    const { mkId, stock } = await syncedProduct();
    const before = stock();
    const good = JSON.stringify({ warehouse_id: '1600000311', mk_id: mkId, amount: '5' });
    for (const amount of ['1e21', 'null', '{}', '"abc"']) {
      const body = `{"stock_list":[${good},{"warehouse_id":"1600000312","mk_id":"${mkId}","amount":${amount}}]}`;
      const reply = await post(body, `call-${amount}`);
      expect(reply).toMatchObject({
        status: 400,
        body: {
          error: expect.stringContaining('Row 2 of the stock list (stock_list[1]), field "amount"'),
          action: expect.any(String),
        },
      });
      expect((reply.body as { error: string }).error).toContain(amount === '1e21' ? '1e+21' : amount);
      expect(stock()).toEqual(before);
    }
    const issue = world()
      .rows('metakockaSyncIssue')
      .find((i) => i.metakockaId === mkId);
    expect(issue).toMatchObject({ status: 'OPEN', message: expect.stringContaining('field "amount"') });
  });

  it('refuses an oversized body with 413 and changes nothing', async () => {
    const { mkId, stock } = await syncedProduct();
    const before = stock();
    const rows = Array.from({ length: 4000 }, (_, i) => ({
      warehouse_id: String(1600000000 + i),
      mk_id: mkId,
      amount: '99999',
    }));
    const reply = await post(JSON.stringify({ stock_list: rows }), 'call-big');
    expect(reply).toMatchObject({
      status: 413,
      body: { error: expect.stringMatching(/more than the \d+ this address accepts/) },
    });
    expect(stock()).toEqual(before);
  });

  it('with a webhook secret under 32 characters refuses every call (503 naming the setting) and the health check says so', async () => {
    const { mkId, stock } = await syncedProduct();
    const before = stock();
    const short = 'a-31-character-secret-abcdefghi';
    expect(short).toHaveLength(31);
    world().standIn.appVariables.set('METAKOCKA_WEBHOOK_SECRET', short); // what Twenty's variables editor does
    const reply = await post(stockBody(mkId, ['1']), 'call-short', short);
    expect(reply).toMatchObject({
      status: 503,
      body: {
        error: expect.stringContaining('METAKOCKA_WEBHOOK_SECRET has 31 characters'),
        action: expect.stringContaining('at least 32'),
      },
    });
    expect(stock()).toEqual(before);

    const banner = (await world().harness.healthCheck()) as { status: string; title: string; description: string };
    expect(banner).toMatchObject({
      status: 'WARNING',
      title: "Metakocka's stock webhook refuses every call",
      description: expect.stringContaining('METAKOCKA_WEBHOOK_SECRET'),
    });
    const health = await world().harness.route(`/s${CREDENTIAL_ROUTES.health}`, {
      method: 'POST',
      body: {},
      as: MANAGER,
    });
    expect(health.body).toMatchObject({ webhook: { detail: expect.stringContaining('fewer than 32') } });
    expect(JSON.stringify([reply, banner, health])).not.toContain(short);
  });

  it('refuses an unsigned, a wrongly signed and a malformed call and changes nothing', async () => {
    const body = JSON.stringify({ stock_list: [{ warehouse_id: '1', mk_id: '1', amount: '5' }] });
    const base = { 'x-metakocka-event': 'warehouse_product_stock_update', 'x-metakocka-id': 'call-2' };
    expect((await world().harness.route(PATH, { method: 'POST', body, headers: base, as: 'anonymous' })).status).toBe(
      401,
    );
    expect(
      (
        await world().harness.route(PATH, {
          method: 'POST',
          body,
          headers: { ...base, 'x-metakocka-signature': sign(body, 'wrong') },
          as: 'anonymous',
        })
      ).status,
    ).toBe(401);
    const junk = '{"not":"stock"}';
    const reply = await world().harness.route(PATH, {
      method: 'POST',
      body: junk,
      headers: { ...base, 'x-metakocka-signature': sign(junk) },
      as: 'anonymous',
    });
    expect(reply.status).toBe(400);
    expect(reply.body).toMatchObject({ error: expect.stringContaining('stock list'), action: expect.any(String) });
  });
});
