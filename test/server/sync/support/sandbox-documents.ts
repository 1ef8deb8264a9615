// Metakocka's sales documents for the in-memory sync world: seeded into the same sandbox store that holds the partners
// and products the other streams sync (test/sandbox/in-process.ts), so documents, lines, totals, payments and lineage
// are the sandbox's own and put_document behaves as the sandbox does (API.md §3.1, §6).
import type { SandboxStore } from 'test/sandbox/store/store';
import type { SalesDocType } from 'test/sandbox/store/types';
import { seedDocuments } from 'test/sandbox/seed/documents';
import { createPrng } from 'test/sandbox/values/prng';
import type { TestRuntime } from './runtime';

/** The seeder picks invoice types from the partner; make sure every one of the seven types is present. */
function ensureEveryType(store: SandboxStore): void {
  const present = (t: SalesDocType) => store.documents.byType(t).length > 0;
  const convertible = () =>
    store.documents
      .byType('sales_bill_domestic')
      .filter(
        (d) =>
          d.salesOrderList.length === 0 && !store.documents.list().some((c) => c.head.credit_note_bill === d.countCode),
      );
  for (const type of ['sales_bill_foreign', 'sales_bill_prepaid', 'sales_bill_retail'] as const) {
    if (present(type)) continue;
    const from = convertible()[0];
    if (!from) continue;
    store.documents.remove(from.mkId);
    store.documents.deleted.pop(); // a retyped seed document, not a user deletion
    store.documents.insert({ ...from, docType: type, countCode: store.nextDocumentNumber(type) });
  }
}

/** Seeds `documents` sandbox documents over the partners and products rt's sandbox holds. */
export function seedSandboxDocuments(rt: TestRuntime, opts: { documents: number; seed: number }): void {
  seedDocuments(rt.mk.store, createPrng(opts.seed * 31 + 3), opts.documents);
  ensureEveryType(rt.mk.store);
}
