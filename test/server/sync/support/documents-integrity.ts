// Sales documents compared on both sides, independently of the app's code: the sandbox store is Metakocka's truth
// (its own totals code, test/sandbox/store/totals.ts), the memory tables are Twenty's. Zero findings = exact.
import { computeTotals, lineNet, taxRate } from 'test/sandbox/store/totals';
import type { SandboxStore } from 'test/sandbox/store/store';
import type { SalesDocument } from 'test/sandbox/store/types';
import { SCALE, mul, parseDecimal, round, sum, type Dec } from 'test/sandbox/values/decimal';
import type { TestRuntime } from './runtime';
import { countBy, groupBy } from 'test/support/collections';

export interface Findings {
  duplicates: string[];
  missing: string[];
  mismatches: string[];
}

/** A document a user made in Twenty and pushed, with the lines as the user entered them. */
export interface TwentyMadeDocument {
  id: string;
  lines: Array<{ productMkId: string; quantity: string; unitPrice: string; discountPercent: string }>;
}

/** Sandbox decimals have 8 places, Twenty's micros 6. */
const micros = (value: Dec) => value / 100n;
const asDec = (value: unknown): Dec | null =>
  value === null || value === undefined || value === '' ? null : parseDecimal(String(value));
const moneyMicros = (money: any): bigint | null =>
  money?.amountMicros === null || money?.amountMicros === undefined ? null : BigInt(String(money.amountMicros));

function sourceOf(store: SandboxStore, doc: SalesDocument): string | null {
  const listed = doc.salesOrderList[0] ?? doc.offerList[0];
  if (listed) return listed;
  const bill = doc.head.credit_note_bill;
  return bill ? (store.documents.byType('sales_bill_domestic').find((d) => d.countCode === bill)?.mkId ?? null) : null;
}

function compareMoney(out: Findings, what: string, twenty: any, expected: Dec, currency: string) {
  const got = moneyMicros(twenty);
  if (got !== micros(expected)) out.mismatches.push(`${what}: Twenty ${got} micros, Metakocka ${micros(expected)}`);
  else if (twenty?.currencyCode && twenty.currencyCode !== currency)
    out.mismatches.push(`${what}: currency ${twenty.currencyCode} vs ${currency}`);
}

function checkLines(
  out: Findings,
  doc: SalesDocument,
  lines: any[],
  productIdOf: (mkId: string) => string | undefined,
) {
  const expected = new Map(doc.lines.map((l) => [`${doc.mkId}:${l.rowId}`, l]));
  for (const [key, n] of countBy(lines, (l) => String(l.metakockaRowKey)))
    if (n > 1) out.duplicates.push(`line ${key} ×${n}`);
  const present = new Set(lines.map((l) => l.metakockaRowKey));
  for (const key of expected.keys()) if (!present.has(key)) out.missing.push(`line ${key} of ${doc.countCode}`);
  for (const line of lines) {
    const mk = expected.get(line.metakockaRowKey);
    if (!mk) {
      out.mismatches.push(`line ${line.metakockaRowKey ?? line.id} of ${doc.countCode} is not in Metakocka`);
      continue;
    }
    const at = `line ${line.metakockaRowKey}`;
    if (asDec(line.quantity) !== mk.amount) out.mismatches.push(`${at} quantity ${line.quantity} vs ${mk.amount}`);
    if ((line.productId ?? null) !== (productIdOf(mk.productMkId) ?? null))
      out.mismatches.push(`${at} product ${line.productId ?? 'none'} instead of the record of ${mk.productMkId}`);
    compareMoney(out, `${at} unit price`, line.unitPrice, mk.price, doc.currencyCode);
    let net = lineNet(mk);
    if (doc.discountPercent) net = round(mul(net, SCALE - doc.discountPercent / 100n));
    compareMoney(out, `${at} net`, line.lineNet, net, doc.currencyCode);
    compareMoney(out, `${at} gross`, line.lineGross, round(mul(net, SCALE + taxRate(mk.tax))), doc.currencyCode);
  }
}

/** Every sandbox document once in Twenty with equal figures, links and lines; nothing in Twenty that Metakocka lacks. */
export function documentsIntegrity(rt: TestRuntime, twentyMade: TwentyMadeDocument[]): Findings {
  const out: Findings = { duplicates: [], missing: [], mismatches: [] };
  const tables = rt.crm.tables;
  const twenty = tables.metakockaSalesDocuments.live();
  const lines = tables.metakockaSalesDocumentLines.live();
  const companies = tables.companies.live();
  const people = tables.people.live();
  const store = rt.mk.store;
  const mkDocs = store.documents.list();
  const products = new Map(tables.metakockaProducts.live().map((p) => [p.metakockaId, p.id]));
  const twinsByMkId = groupBy(twenty, (d) => d.metakockaId);
  const twinOf = (mkId: string) => twinsByMkId.get(mkId) ?? [];
  const linesByDocument = groupBy(lines, (l) => l.salesDocumentId);
  const companyOf = new Map(companies.filter((c) => c.metakockaPartnerId).map((c) => [c.metakockaPartnerId, c.id]));
  const personOf = new Map(people.filter((p) => p.metakockaPartnerId).map((p) => [p.metakockaPartnerId, p.id]));
  for (const [id, twins] of twinsByMkId)
    if (twins.length > 1) out.duplicates.push(`Twenty document for ${id} ×${twins.length}`);
  for (const doc of mkDocs) {
    const [twin, ...more] = twinOf(doc.mkId);
    if (!twin) {
      out.missing.push(`Twenty document for ${doc.docType} ${doc.countCode} (${doc.mkId})`);
      continue;
    }
    if (more.length > 0) continue; // counted above
    const at = `${doc.countCode} (${doc.mkId})`;
    if (twin.documentType !== doc.docType.toUpperCase()) out.mismatches.push(`${at} type ${twin.documentType}`);
    if (twin.countCode !== doc.countCode) out.mismatches.push(`${at} count code ${twin.countCode}`);
    if (twin.isDeletedInMetakocka) out.mismatches.push(`${at} marked deleted but exists in Metakocka`);
    const totals = computeTotals(doc);
    compareMoney(out, `${at} net`, twin.netTotal, totals.sumBasic, doc.currencyCode);
    compareMoney(out, `${at} VAT`, twin.vatTotal, sum(totals.taxes.values()), doc.currencyCode);
    compareMoney(out, `${at} gross`, twin.grossTotal, totals.sumAll, doc.currencyCode);
    compareMoney(out, `${at} paid`, twin.paidTotal, totals.sumPaid, doc.currencyCode);
    const partner = store.partners.get(doc.partner.partnerMkId);
    const customer = partner && (partner.businessEntity ? companyOf : personOf).get(partner.mkId);
    const linked = partner?.businessEntity ? twin.companyId : twin.personId;
    if (!customer || linked !== customer)
      out.mismatches.push(
        `${at} customer: linked ${linked ?? 'none'}, partner ${doc.partner.partnerMkId} is ${customer ?? 'not in Twenty'}`,
      );
    const source = sourceOf(store, doc);
    const sourceTwin = source ? (twinOf(source)[0]?.id ?? `(no Twenty record of ${source})`) : null;
    if ((twin.sourceDocumentId ?? null) !== sourceTwin)
      out.mismatches.push(`${at} source: ${twin.sourceDocumentId ?? 'none'} instead of ${sourceTwin ?? 'none'}`);
    checkLines(out, doc, linesByDocument.get(twin.id) ?? [], (mkId) => products.get(mkId));
  }
  for (const d of twenty) {
    if (!d.metakockaId) out.missing.push(`Metakocka document for Twenty document ${d.id} "${d.name}"`);
    else if (!store.documents.get(d.metakockaId) && !d.isDeletedInMetakocka)
      out.mismatches.push(`Twenty document ${d.id} bound to ${d.metakockaId}, which Metakocka does not have`);
  }
  const liveDocIds = new Set(twenty.map((d) => d.id));
  for (const l of lines)
    if (!liveDocIds.has(l.salesDocumentId) || !l.metakockaRowKey)
      out.mismatches.push(`Twenty line ${l.id} (${l.metakockaRowKey ?? 'no row key'}) belongs to no synced document`);
  // One Metakocka document per Twenty-made document: put_document never repeated for one of them (API.md §6 item 9).
  for (const made of twentyMade) checkTwentyMade(out, store, twenty, made);
  return out;
}

function checkTwentyMade(out: Findings, store: SandboxStore, twenty: any[], made: TwentyMadeDocument) {
  const record = twenty.find((d) => d.id === made.id);
  if (!record) return void out.missing.push(`Twenty-made document ${made.id}`);
  const sent = store.documents.list().filter((d) => record.buyerOrder && d.head.buyer_order === record.buyerOrder);
  if (sent.length > 1)
    out.duplicates.push(`Metakocka documents for Twenty document ${made.id} (${record.buyerOrder}) ×${sent.length}`);
  if (sent.length === 0)
    return void out.missing.push(
      `Metakocka document for Twenty document ${made.id} (buyer order ${record.buyerOrder || 'none'})`,
    );
  const copies = twenty.filter((d) => d.buyerOrder === record.buyerOrder);
  if (copies.length > 1)
    out.duplicates.push(`Twenty documents with buyer order ${record.buyerOrder} ×${copies.length}`);
  const mk = sent[0]!;
  const key = (l: { productMkId: string; quantity: Dec | null; price: Dec | null; discount: string }) =>
    `${l.productMkId}|${l.quantity}|${l.price}|${Number(l.discount || 0)}`;
  const want = made.lines
    .map((l) =>
      key({
        productMkId: l.productMkId,
        quantity: asDec(l.quantity),
        price: asDec(l.unitPrice),
        discount: l.discountPercent,
      }),
    )
    .sort();
  const got = mk.lines
    .map((l) => key({ productMkId: l.productMkId, quantity: l.amount, price: l.price, discount: l.discount }))
    .sort();
  if (want.join(';') !== got.join(';'))
    out.mismatches.push(`Twenty-made ${made.id} lines in Metakocka ${got.join(',')} vs entered ${want.join(',')}`);
}
