// Sales documents and lines seeded straight into the Twenty stand-in as the documents sync leaves them (chart fields
// included), deterministic for a count: the reports bench (50,000 documents) and the report-job tests use them.
import { chartFields } from 'server/sync/documents/model/chart-fields';
import type { StandIn } from 'test/twenty/stand-in';

const TYPES = [
  ['SALES_OFFER', 0.15],
  ['SALES_ORDER', 0.35],
  ['SALES_BILL_DOMESTIC', 0.3],
  ['SALES_BILL_FOREIGN', 0.05],
  ['SALES_BILL_RETAIL', 0.05],
  ['SALES_BILL_PREPAID', 0.05],
  ['SALES_BILL_CREDIT_NOTE', 0.05],
] as const;

/** A small deterministic generator (mulberry32), so every bench run reads the same data. */
function prng(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ymd = (ms: number) => new Date(ms).toISOString().slice(0, 10);
const money = (cents: number, currencyCode: string) => ({ amountMicros: cents * 10_000, currencyCode });

let created = Date.parse('2026-01-01T00:00:00Z');
let lineSeq = 0;

/**
 * Rows straight into the store, in the stored form the API would leave (currency micros as numbers): the API's
 * per-record validation makes seeding 267,000 records take hours, and the bench measures reading, not writing.
 */
export function put(s: StandIn, object: string, rows: Array<Record<string, unknown>>) {
  for (const row of rows) {
    created += 1;
    const at = new Date(created).toISOString();
    const id = (row.id as string | undefined) ?? `10000000-0000-4000-8000-${String((lineSeq += 1)).padStart(12, '0')}`;
    s.store.put(object, { ...row, id, createdAt: at, updatedAt: at, deletedAt: null, position: created });
  }
}

/** `companyIds`: customers the documents go to in turn (none: no customer, as the bench reads none). */
export function seedDocuments(s: StandIn, documents: number, today: string, companyIds: readonly string[] = []) {
  const random = prng(1);
  const end = Date.parse(`${today}T12:00:00Z`);
  const start = end - 1461 * 86_400_000;
  let lines = 0;
  const BATCH = 1000;
  for (let first = 0; first < documents; first += BATCH) {
    const docRows: Array<Record<string, unknown>> = [];
    const lineRows: Array<Record<string, unknown>> = [];
    for (let i = first; i < Math.min(documents, first + BATCH); i += 1) {
      let pick = random();
      const type = TYPES.find(([, share]) => (pick -= share) < 0)?.[0] ?? 'SALES_ORDER';
      const currency = random() < 0.9 ? 'EUR' : random() < 0.7 ? 'USD' : 'HRK';
      const date = start + ((end - start) * i) / documents;
      const count = 1 + Math.floor(random() * 8);
      const id = `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`;
      let net = 0;
      for (let n = 0; n < count; n += 1) {
        const lineNet = 100 + Math.floor(random() * 50_000);
        net += lineNet;
        lineRows.push({
          metakockaRowKey: `${i}:${n}`,
          name: `Izdelek ${n}`,
          code: `P-${Math.floor(random() * 2000)}`,
          quantity: 1 + Math.floor(random() * 20),
          lineNet: money(lineNet, currency),
          salesDocumentId: id,
          lineNumber: n + 1,
        });
      }
      const gross = Math.round(net * 1.22);
      const paid = random() < 0.6 ? gross : random() < 0.5 ? Math.floor(gross / 2) : 0;
      const doc = {
        documentType: type,
        statusKey: 'open',
        documentDate: ymd(date),
        dueDate: type.startsWith('SALES_BILL') ? ymd(date + 30 * 86_400_000) : null,
        currency,
        netTotal: money(net, currency),
        grossTotal: money(gross, currency),
        paidTotal: money(paid, currency),
        isDeletedInMetakocka: false,
      };
      docRows.push({
        id,
        name: `D-${i}`,
        metakockaId: String(1_600_000_000 + i),
        ...(companyIds.length > 0 ? { companyId: companyIds[i % companyIds.length] } : {}),
        ...doc,
        ...chartFields(doc, today),
      });
    }
    put(s, 'metakockaSalesDocument', docRows);
    put(s, 'metakockaSalesDocumentLine', lineRows);
    lines += lineRows.length;
  }
  return lines;
}
