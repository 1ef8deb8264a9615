// Upgrading an install of 0.3.0 that holds products (issue 19, stock by warehouse): after the upgrade the Stock
// dashboard's warehouse chart has one record per warehouse the products already list, with their totals, and nothing
// else in the workspace changes; a rerun after a crash writes the same records, never a second set.
import stockByWarehouse from 'migrations/0011-stock-by-warehouse';
import { MIGRATIONS } from 'migrations/index';
import { ensureBuiltOutput } from 'test/twenty/harness';
import { createStandInRuntime } from 'test/twenty/harness/stand-in-runtime';
import { useHarnessWorld } from 'test/twenty/harness/use-harness-world';
import { appliedSteps, seedInstalledVersion } from 'test/migrations/support/installed-version';
import { rowsOf } from 'test/migrations/support/rows';

const world = useHarnessWorld(ensureBuiltOutput, { buildTimeoutMs: 300_000 });
const OBJECTS = ['company', 'metakockaProduct', 'metakockaSyncIssue'];

function seedPreviousVersion() {
  const { standIn } = world;
  seedInstalledVersion(standIn, '0.3.0');
  standIn.seed('company', [{ name: 'Kovinarstvo Novak d.o.o.', metakockaPartnerId: '9001' }]);
  standIn.seed('metakockaProduct', [
    {
      name: 'Vijak M8',
      metakockaId: '9201',
      code: 'VM8',
      stockTotal: 130.5,
      stockByWarehouse: [
        { warehouse: 'glavno', amount: '120.25' },
        { warehouse: 'ce', amount: '10.25' },
      ],
    },
    {
      name: 'Matica M8',
      metakockaId: '9202',
      code: 'MM8',
      stockTotal: -2,
      stockByWarehouse: [{ warehouse: 'glavno', amount: '-2' }],
    },
    { name: 'Montaža', metakockaId: '9203', code: 'SRV', stockTotal: null, stockByWarehouse: [] },
  ]);
}

const snapshot = () => rowsOf(world.standIn.store, OBJECTS);
const warehouses = () =>
  world.standIn.store
    .rows('metakockaWarehouse')
    .map((w) => ({ mark: w.mark, name: w.name, stockUnits: Number(w.stockUnits), productsInStock: w.productsInStock }))
    .sort((a, b) => String(a.mark).localeCompare(String(b.mark)));

describe('upgrade to migration 0011 with products in the workspace', () => {
  it('counts stock by warehouse from the products already synced and loses nothing', async () => {
    seedPreviousVersion();
    const before = snapshot();

    const upgrade = await world.harness.install({ previousVersion: '0.3.0' });

    expect(upgrade).toMatchObject({ ran: true, ok: true });
    expect(warehouses()).toEqual([
      { mark: 'ce', name: 'ce', stockUnits: 10.25, productsInStock: 1 },
      { mark: 'glavno', name: 'glavno', stockUnits: 118.25, productsInStock: 1 },
    ]);
    expect(snapshot()).toEqual(before);
    expect(appliedSteps(world.standIn)).toEqual(MIGRATIONS.map((step) => step.id));

    await stockByWarehouse.up(createStandInRuntime(world.standIn));

    expect(warehouses()).toHaveLength(2);
    expect(snapshot()).toEqual(before);
  });
});
