// The Stock dashboard's flags (issue 19 step 2) as a user sees them in Twenty: a product's minimum stock comes from
// Metakocka's min_stock (API.md §3.2), "below minimum" and "e-shop without stock" follow the stock after a products
// sync and after a stock webhook, with no other change in Metakocka.
import { createHmac } from 'node:crypto';

import { startRun } from 'server/sync/planner';
import { receiveStockWebhook } from 'server/sync/products/stock-webhook';
import { createTestRuntime } from '../support/runtime';
import { product } from '../support/mk-records';

const SECRET = 'a-webhook-secret-of-forty-characters-xyz';

function webhook(mkId: string, amount: string) {
  const rawBody = JSON.stringify({ stock_list: [{ warehouse_id: '1600000311', mk_id: mkId, amount }] });
  return {
    rawBody,
    headers: {
      'x-metakocka-event': 'warehouse_product_stock_update',
      'x-metakocka-signature': createHmac('sha1', SECRET).update(rawBody).digest('base64'),
    },
  };
}

describe('stock flags', () => {
  it('marks products below their Metakocka minimum and e-shop products without stock, and follows the stock', async () => {
    const rt = createTestRuntime();
    const low = product({ minStock: '150', stockTotal: '120' });
    const enough = product({ minStock: '100', stockTotal: '120' });
    const noMinimum = product({ minStock: '0', stockTotal: '0', eshopSync: false });
    const eshopEmpty = product({ minStock: null, stockTotal: '0', eshopSync: true });
    rt.mk.products.push(low, enough, noMinimum, eshopEmpty);
    await startRun(rt, 'products', { trigger: 'manual', dryRun: false });
    await rt.drain();
    const row = (mkId: string) =>
      [...rt.crm.tables.metakockaProducts.rows.values()].find((p) => p.metakockaId === mkId)!;
    const flags = (mkId: string) => {
      const { minStock, isBelowMinimum, isEshopWithoutStock } = row(mkId);
      return { minStock, isBelowMinimum, isEshopWithoutStock };
    };

    expect(flags(low.mkId)).toEqual({ minStock: '150', isBelowMinimum: true, isEshopWithoutStock: false });
    expect(flags(enough.mkId)).toEqual({ minStock: '100', isBelowMinimum: false, isEshopWithoutStock: false });
    expect(flags(noMinimum.mkId)).toEqual({ minStock: '0', isBelowMinimum: false, isEshopWithoutStock: false });
    expect(flags(eshopEmpty.mkId)).toEqual({ minStock: null, isBelowMinimum: false, isEshopWithoutStock: true });

    // Metakocka reports new stock: the "enough" product drops under its minimum, the empty e-shop one is restocked.
    await receiveStockWebhook(rt, webhook(enough.mkId, '40'), SECRET);
    await receiveStockWebhook(rt, webhook(eshopEmpty.mkId, '5'), SECRET);

    expect(flags(enough.mkId)).toMatchObject({ isBelowMinimum: true });
    expect(flags(eshopEmpty.mkId)).toMatchObject({ isEshopWithoutStock: false });
    expect(row(enough.mkId).stockTotal).toBe('40');
  });
});
