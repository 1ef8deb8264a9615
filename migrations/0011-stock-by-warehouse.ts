// Stock by warehouse on an install that already holds products (issue 19): the new metakockaWarehouse records are
// counted from the warehouse rows every product already keeps, so the Stock dashboard's warehouse chart shows the
// existing stock right after the upgrade. Names are the marks until the next products sync brings Metakocka's names.
import { createCrm } from 'server/crm';
import { crmGatewayFor } from 'server/host/crm-gateway';
import { tallyStock, writeWarehouses } from 'server/sync/products/warehouses';
import type { MetakockaStockRow } from 'server/sync/mk-port';
import type { Migration } from 'migrations/migration';

const stockRows = (value: unknown): MetakockaStockRow[] =>
  Array.isArray(value)
    ? value.flatMap((row: { warehouse?: unknown; amount?: unknown }) =>
        typeof row?.warehouse === 'string' && typeof row.amount === 'string'
          ? [{ warehouse: row.warehouse, amount: row.amount }]
          : [],
      )
    : [];

const migration: Migration = {
  id: '0011',
  description: 'Count stock by warehouse from the products already synced.',
  async up(runtime) {
    const crm = createCrm(crmGatewayFor(runtime, 'application'));
    const products = await crm.products.findWhere({});
    const tally = tallyStock(
      {},
      products.filter((p) => !p.deletedAt).flatMap((p) => stockRows(p.stockByWarehouse)),
    );
    // Upserts on an id derived from the mark: a rerun after a crash writes the same records again, never a second set.
    await writeWarehouses(crm.warehouses, tally, runtime.clock.now());
    runtime.log.info('Counted stock by warehouse', {
      products: products.length,
      warehouses: Object.keys(tally).length,
    });
  },
};

export default migration;
