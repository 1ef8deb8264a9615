// Stock by warehouse (issue 19) as the Stock dashboard reads it: after a products sync, one metakockaWarehouse record
// per Metakocka warehouse, its totals equal to the sandbox's own stock rows (computed here from the store, not through
// the app); a later sync follows the stock, and a warehouse left empty shows zero instead of disappearing.
import { startRun } from 'server/sync/planner';
import { formatPlain } from 'test/sandbox/values/decimal';
import { product } from '../support/mk-records';
import { createTestRuntime, type TestRuntime } from '../support/runtime';

async function syncProducts(rt: TestRuntime, dryRun = false) {
  await startRun(rt, 'products', { trigger: 'manual', dryRun });
  await rt.drain();
  rt.clock.now = new Date(rt.clock.now.getTime() + 60_000);
}

/** What the sandbox holds per warehouse mark (its stock book, products that still exist): units, products with stock. */
function sandboxTotals(rt: TestRuntime) {
  const { store } = rt.mk;
  const out: Record<string, { units: bigint; inStock: number }> = {};
  for (const row of store.stock.rows) {
    if (!store.products.get(row.productMkId)) continue;
    const mark = store.warehouses.get(row.warehouseMkId)!.mark;
    const was = out[mark] ?? { units: 0n, inStock: 0 };
    out[mark] = { units: was.units + row.amount, inStock: was.inStock + (row.amount > 0n ? 1 : 0) };
  }
  return Object.fromEntries(Object.entries(out).map(([mark, t]) => [mark, { ...t, units: formatPlain(t.units) }]));
}

const twentyTotals = (rt: TestRuntime) =>
  Object.fromEntries(
    rt.crm.tables.metakockaWarehouses
      .live()
      .map((w) => [w.mark, { units: String(w.stockUnits), inStock: w.productsInStock }]),
  );

describe('stock by warehouse', () => {
  it('counts every warehouse of Metakocka after a products sync, and follows the stock on the next one', async () => {
    const rt = createTestRuntime();
    rt.mk.products.push(
      product({
        stock: [
          { warehouse: 'glavno', amount: '120' },
          { warehouse: 'ce', amount: '7.5' },
        ],
        stockTotal: '127.5',
      }),
      product({ stock: [{ warehouse: 'glavno', amount: '-3' }], stockTotal: '-3' }),
      product({ stock: [{ warehouse: 'ce', amount: '2' }], stockTotal: '2' }),
      product({ stock: [], stockTotal: null, service: true }),
    );
    await syncProducts(rt);
    expect(twentyTotals(rt)).toEqual({ glavno: { units: '117', inStock: 1 }, ce: { units: '9.5', inStock: 2 } });
    expect(twentyTotals(rt)).toEqual(sandboxTotals(rt));
    const ce = rt.crm.tables.metakockaWarehouses.live().find((w) => w.mark === 'ce')!;
    expect(ce.name).toBe('Skladišče Celje'); // the warehouse's own name from Metakocka, not its mark

    // Nothing changed in Metakocka: the next sync writes no warehouse (the records stay exactly as they were).
    const before = JSON.stringify(rt.crm.tables.metakockaWarehouses.live());
    rt.clock.now = new Date(rt.clock.now.getTime() + 60 * 60_000);
    await syncProducts(rt);
    expect(JSON.stringify(rt.crm.tables.metakockaWarehouses.live())).toBe(before);

    // Celje is emptied in Metakocka: it stays, at zero; Ljubljana follows the new amounts.
    const [first, , third] = rt.mk.products.list();
    rt.mk.products.update(first!.mkId, (p) => void (p.stock = [{ warehouse: 'glavno', amount: '100' }]));
    rt.mk.products.remove(third!.mkId);
    await syncProducts(rt);
    expect(twentyTotals(rt)).toEqual({ glavno: { units: '97', inStock: 1 }, ce: { units: '0', inStock: 0 } });
    expect(twentyTotals(rt)).toEqual(sandboxTotals(rt));
  });

  it('writes no warehouse in a dry run', async () => {
    const rt = createTestRuntime();
    rt.mk.products.push(product());
    await syncProducts(rt, true);
    expect(rt.crm.tables.metakockaWarehouses.live()).toHaveLength(0);
  });
});
