// The chart fields of issue 19 on an install that already holds documents and products: every sales document gets its
// revenue, open and overdue amounts, payment state and month, and every product its e-shop-without-stock flag, so
// the dashboards show the existing data right after the upgrade. min_stock comes from Metakocka: the next product
// sync brings it (the product hash now covers it, so that sync writes every product once).
import { createCrm } from 'server/crm';
import { crmGatewayFor } from 'server/host/crm-gateway';
import type { ProductDraft } from 'server/crm';
import { ljubljanaDate } from 'server/reports/calendar';
import { refreshDocumentChartFields } from 'server/sync/documents/pull/chart-refresh';
import { stockFlags } from 'server/sync/products/chart-fields';
import type { Migration } from 'migrations/migration';

const migration: Migration = {
  id: '0006',
  description: 'Fill the dashboards’ chart fields on existing sales documents and products.',
  async up(runtime) {
    const crm = createCrm(crmGatewayFor(runtime, 'application'));
    const documents = await refreshDocumentChartFields(crm.gateway, ljubljanaDate(runtime.clock.now()), 'all');
    const products = await crm.products.findWhere({});
    // Only what differs is written, so a rerun after a crash writes nothing twice.
    const writes: ProductDraft[] = products.flatMap((product) => {
      const flags = stockFlags(product);
      const same =
        (product.isBelowMinimum ?? false) === flags.isBelowMinimum &&
        (product.isEshopWithoutStock ?? false) === flags.isEshopWithoutStock;
      return same ? [] : [{ id: product.id, metakockaId: product.metakockaId, ...flags }];
    });
    if (writes.length > 0) await crm.products.upsertMany(writes);
    runtime.log.info('Filled the chart fields', {
      documents,
      products: products.length,
      productsWritten: writes.length,
    });
  },
};

export default migration;
