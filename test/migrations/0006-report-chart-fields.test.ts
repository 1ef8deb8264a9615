// Upgrading an install of 0.2.0 that holds documents and products (issue 19 step 2): after the upgrade the dashboards'
// chart fields are filled on every existing sales document and product, and nothing else in the workspace changes.
import reportChartFields from 'migrations/0006-report-chart-fields';
import { MIGRATIONS } from 'migrations/index';
import { ensureBuiltOutput } from 'test/twenty/harness';
import { createStandInRuntime } from 'test/twenty/harness/stand-in-runtime';
import { useHarnessWorld } from 'test/twenty/harness/use-harness-world';
import { appliedSteps, seedInstalledVersion } from 'test/migrations/support/installed-version';
import { rowsOf, withoutFields } from 'test/migrations/support/rows';

const world = useHarnessWorld(ensureBuiltOutput, { buildTimeoutMs: 300_000 });

const CHART_FIELDS = [
  'revenueAmount',
  'openAmount',
  'overdueAmount',
  'isOverdue',
  'paymentState',
  'isOrder',
  'isOpenOffer',
  'openOfferAmount',
  'documentMonth',
  'isBelowMinimum',
  'isEshopWithoutStock',
];
const OBJECTS = ['company', 'metakockaProduct', 'metakockaSalesDocument', 'metakockaSalesDocumentLine'];
/** A euro amount in cents, as Twenty stores it (micros, a number). */
const eur = (cents: string) => ({ amountMicros: Number(`${cents}0000`), currencyCode: 'EUR' });

function seedPreviousVersion() {
  const { standIn } = world;
  seedInstalledVersion(standIn, '0.2.0');
  const [company] = standIn.seed('company', [{ name: 'Kovinarstvo Novak d.o.o.', metakockaPartnerId: '9001' }]);
  const base = { currency: 'EUR', companyId: company!.id, syncHash: 'h', isDeletedInMetakocka: false };
  const [invoice, paid, note, offer, order] = standIn.seed('metakockaSalesDocument', [
    {
      ...base,
      name: '2026-00014',
      metakockaId: '9301',
      documentType: 'SALES_BILL_DOMESTIC',
      documentDate: '2020-03-02',
      dueDate: '2020-04-01',
      netTotal: eur('100000'),
      grossTotal: eur('122000'),
      paidTotal: eur('22000'),
    },
    {
      ...base,
      name: '2026-00015',
      metakockaId: '9302',
      documentType: 'SALES_BILL_FOREIGN',
      currency: 'USD',
      documentDate: '2020-03-05',
      dueDate: '2020-04-04',
      netTotal: { amountMicros: '5000000', currencyCode: 'USD' },
      grossTotal: { amountMicros: '5000000', currencyCode: 'USD' },
      paidTotal: { amountMicros: '5000000', currencyCode: 'USD' },
    },
    {
      ...base,
      name: 'D-2026-3',
      metakockaId: '9303',
      documentType: 'SALES_BILL_CREDIT_NOTE',
      documentDate: '2020-03-09',
      netTotal: eur('1050'),
      grossTotal: eur('1281'),
      paidTotal: eur('0'),
    },
    {
      ...base,
      name: 'P-2026-1',
      metakockaId: '9304',
      documentType: 'SALES_OFFER',
      statusKey: 'open',
      documentDate: '2020-02-20',
      netTotal: eur('40000'),
    },
    { ...base, name: 'N-2026-1', metakockaId: '9305', documentType: 'SALES_ORDER', documentDate: '2020-02-28' },
  ]);
  standIn.seed('metakockaSalesDocumentLine', [
    { name: 'Vijak M8', metakockaRowKey: '9301:1', salesDocumentId: invoice!.id, quantity: 4 },
  ]);
  const [shopEmpty, stocked] = standIn.seed('metakockaProduct', [
    { name: 'Vijak M8', metakockaId: '9201', code: 'VM8', eshopSync: true, stockTotal: 0 },
    { name: 'Matica M8', metakockaId: '9202', code: 'MM8', eshopSync: true, stockTotal: 12 },
  ]);
  return {
    invoice: invoice!,
    paid: paid!,
    note: note!,
    offer: offer!,
    order: order!,
    shopEmpty: shopEmpty!,
    stocked: stocked!,
  };
}

const snapshot = () => rowsOf(world.standIn.store, OBJECTS);
/** Drops what the upgrade may change: the chart fields and who changed the record when. */
const withoutChartFields = (rows: Parameters<typeof withoutFields>[0]) =>
  withoutFields(rows, [...CHART_FIELDS, 'updatedAt', 'updatedBy']);

describe('upgrade to migration 0006 with data in the workspace', () => {
  it('fills the chart fields of every existing document and product and loses nothing', async () => {
    const records = seedPreviousVersion();
    const before = snapshot();

    const upgrade = await world.harness.install({ previousVersion: '0.2.0' });

    expect(upgrade).toMatchObject({ ran: true, ok: true });
    // A field never written is absent from the stored row; Twenty answers it as null.
    const row = (object: string, id: unknown) => {
      const stored = world.standIn.store.rows(object).find((r) => r.id === id)!;
      return { ...Object.fromEntries(CHART_FIELDS.map((field) => [field, null])), ...stored };
    };
    expect(row('metakockaSalesDocument', records.invoice.id)).toMatchObject({
      revenueAmount: eur('100000'),
      openAmount: eur('100000'),
      overdueAmount: eur('100000'),
      isOverdue: true,
      paymentState: 'PARTLY_PAID',
      documentMonth: '2020-03',
    });
    expect(row('metakockaSalesDocument', records.paid.id)).toMatchObject({
      revenueAmount: { amountMicros: 5000000, currencyCode: 'USD' },
      isOverdue: false,
      paymentState: 'PAID',
    });
    expect(row('metakockaSalesDocument', records.note.id)).toMatchObject({
      revenueAmount: { amountMicros: -10500000, currencyCode: 'EUR' },
      paymentState: null,
    });
    expect(row('metakockaSalesDocument', records.offer.id)).toMatchObject({
      isOpenOffer: true,
      openOfferAmount: eur('40000'),
    });
    expect(row('metakockaSalesDocument', records.order.id)).toMatchObject({ isOrder: true, revenueAmount: null });
    expect(row('metakockaProduct', records.shopEmpty.id)).toMatchObject({ isEshopWithoutStock: true });
    expect(row('metakockaProduct', records.stocked.id)).toMatchObject({ isEshopWithoutStock: false });
    const after = snapshot();
    expect(withoutChartFields(after)).toEqual(withoutChartFields(before));
    expect(appliedSteps(world.standIn)).toEqual(MIGRATIONS.map((step) => step.id));

    // A crash between the step and its record runs it again: that writes nothing.
    await reportChartFields.up(createStandInRuntime(world.standIn));

    expect(snapshot()).toEqual(after);
  });
});
