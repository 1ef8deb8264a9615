// Net revenue in cents for one currency, computed from the Metakocka sandbox's own documents without the app's code:
// domestic, foreign and retail invoices less credit notes (prepayment invoices are settled by the final invoice).
import type { Sandbox } from 'test/sandbox';
import { computeTotals } from 'test/sandbox/store/totals';

export const sandboxRevenueCents = (sandbox: Pick<Sandbox, 'store'>, currency: string): bigint =>
  sandbox.store.documents
    .list()
    .filter((d) => d.currencyCode === currency && /^sales_bill_(domestic|foreign|retail|credit_note)$/.test(d.docType))
    .reduce(
      (sum, d) => sum + (d.docType === 'sales_bill_credit_note' ? -1n : 1n) * (computeTotals(d).sumBasic / 1_000_000n),
      0n,
    );
