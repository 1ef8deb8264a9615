// reports-cron: the hourly tick marks open invoices overdue once per Ljubljana day, as time passes, with no change in
// Metakocka; a second tick the same day writes nothing.
import { CHART_REFRESH_KV_KEY } from 'server/reports/cron';
import { ensureBuiltOutput } from 'test/twenty/harness';
import { useHarnessWorld } from 'test/twenty/harness/use-harness-world';

const world = useHarnessWorld(ensureBuiltOutput, { buildTimeoutMs: 300_000 });

const DAY = 86_400_000;
/** A euro amount in cents, as Twenty stores it (micros, a number). */
const eur = (cents: string) => ({ amountMicros: Number(`${cents}0000`), currencyCode: 'EUR' });
const ymd = (ms: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Ljubljana', year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(new Date(ms))
    .slice(0, 10);

describe('reports-cron', () => {
  it('marks an unpaid invoice overdue on the first tick after its due date, once per day', async () => {
    const { harness, standIn } = world;
    const tomorrow = ymd(harness.now() + DAY);
    const [invoice] = standIn.seed('metakockaSalesDocument', [
      {
        name: '2026-00031',
        metakockaId: '9401',
        documentType: 'SALES_BILL_DOMESTIC',
        currency: 'EUR',
        documentDate: ymd(harness.now() - 29 * DAY),
        dueDate: tomorrow,
        netTotal: eur('1000'),
        grossTotal: eur('1220'),
        paidTotal: eur('0'),
        paymentState: 'UNPAID',
        openAmount: eur('1220'),
        isOverdue: false,
      },
    ]);
    // A field never written is absent from the stored row; Twenty answers it as null.
    const row = () => ({
      overdueAmount: null,
      ...standIn.store.rows('metakockaSalesDocument').find((r) => r.id === invoice!.id)!,
    });

    expect(await harness.cron('reports-cron')).toMatchObject({ chartRefresh: { ran: true, read: 1 } });
    expect(row()).toMatchObject({ isOverdue: false, overdueAmount: null });
    expect(await harness.cron('reports-cron')).toMatchObject({ chartRefresh: { ran: false } });

    // Two days later the due date has passed in Ljubljana.
    harness.advance(2 * DAY);
    expect(await harness.cron('reports-cron')).toMatchObject({ chartRefresh: { ran: true, written: 1 } });
    expect(row()).toMatchObject({ isOverdue: true, overdueAmount: eur('1220') });
    expect(standIn.kv.get(CHART_REFRESH_KV_KEY)).toMatchObject({ day: ymd(harness.now()), read: 1, written: 1 });
  });
});
