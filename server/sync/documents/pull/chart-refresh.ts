// Keeps the documents' chart fields true as time passes (issue 19 step 2): an invoice becomes overdue because a day
// ends, not because anything changed, so no pull rewrites it. A daily run recomputes the receivables (and an upgrade
// recomputes every document, migration 0006) and writes only the documents whose chart fields differ.
import { OBJECT_NAMES, SALES_DOCUMENT_FIELDS as D } from 'plugin/constants/names';
import { CURRENCY_SELECTION, SYSTEM_SELECTION, type CurrencyValue } from 'server/crm/composites';
import type { CrmGateway } from 'server/crm/gateway';
import { createRecordRepo, TWENTY_BATCH_CAP } from 'server/crm/records';
import type { DocumentChartFields } from 'server/crm/sales-documents';

import { CHART_FIELD_NAMES, chartFields, type ChartSource } from '../model/chart-fields';
import { currencyToMinor } from '../model/money';

type ChartRecord = ChartSource & DocumentChartFields & { id: string };
type ChartWrite = Partial<DocumentChartFields> & { id: string };

const money = (field: string) => `${field} { ${CURRENCY_SELECTION} }`;
const SELECTION = `${SYSTEM_SELECTION} ${D.documentType} ${D.statusKey} ${D.documentDate} ${D.dueDate} ${D.currency}
  ${money(D.netTotal)} ${money(D.grossTotal)} ${money(D.paidTotal)} ${D.isDeletedInMetakocka}
  ${money('revenueAmount')} ${money('openAmount')} ${money('overdueAmount')} isOverdue paymentState isOrder isOpenOffer
  ${money('openOfferAmount')} documentMonth`;

/** Which documents to recompute: the open receivables (daily) or every document (an upgrade). */
export type RefreshScope = 'receivables' | 'all';

// Unpaid and partly paid invoices can turn overdue; an overdue one can stop being overdue only by a payment the pull
// writes anyway, but it is read too so a flag left by an interrupted run is cleared.
const RECEIVABLES = {
  or: [{ paymentState: { in: ['UNPAID', 'PARTLY_PAID'] } }, { isOverdue: { eq: true } }],
};

const sameMoney = (a: CurrencyValue | null | undefined, b: CurrencyValue | null) =>
  (a?.amountMicros == null ? null : `${currencyToMinor(a)} ${a.currencyCode}`) ===
  (b?.amountMicros == null ? null : `${currencyToMinor(b)} ${b.currencyCode}`);

function changedFields(record: ChartRecord, next: DocumentChartFields): Partial<DocumentChartFields> | null {
  const changed = CHART_FIELD_NAMES.filter((name) => {
    const now = record[name];
    const wanted = next[name];
    if (typeof wanted === 'object' || (typeof now === 'object' && now !== null))
      return !sameMoney(now as CurrencyValue | null, wanted as CurrencyValue | null);
    return (now ?? null) !== wanted;
  });
  return changed.length === 0 ? null : Object.fromEntries(changed.map((name) => [name, next[name]]));
}

export interface RefreshOutcome {
  read: number;
  written: number;
  calls: number;
}

export async function refreshDocumentChartFields(
  gateway: CrmGateway,
  today: string,
  scope: RefreshScope,
): Promise<RefreshOutcome> {
  const repo = createRecordRepo<ChartRecord, ChartWrite>(gateway, {
    nameSingular: OBJECT_NAMES.salesDocument.singular,
    namePlural: OBJECT_NAMES.salesDocument.plural,
    selection: SELECTION,
  });
  let read = 0;
  let written = 0;
  let after: string | null = null;
  // Page by page, writing as it goes: memory stays one page, and a run cut short keeps what it wrote.
  for (;;) {
    const page = await repo.page(after, TWENTY_BATCH_CAP, scope === 'all' ? {} : RECEIVABLES);
    read += page.records.length;
    const writes = page.records.flatMap((record) => {
      const changed = changedFields(record, chartFields(record, today));
      return changed ? [{ id: record.id, ...changed }] : [];
    });
    if (writes.length > 0) await repo.upsertMany(writes);
    written += writes.length;
    if (!page.hasNextPage || !page.endCursor) break;
    after = page.endCursor;
  }
  return { read, written, calls: repo.calls() };
}
