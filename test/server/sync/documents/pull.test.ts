// The documents pull against the Metakocka sandbox: what a user sees in Twenty after runs.
import { statusRegister } from 'test/sandbox/store/registers';
import { computeTotals } from 'test/sandbox/store/totals';
import type { SalesDocument } from 'test/sandbox/store/types';
import { bindPartners, startDocumentsEnv, type DocumentsEnv } from './support';

/** Sandbox amounts are 8-decimal bigints; Twenty's micros have 6. */
const micros = (dec: bigint) => String(dec / 100n);

const twentyDocs = (env: DocumentsEnv) => [...env.tables.documents.rows.values()];
const twentyDoc = (env: DocumentsEnv, mkId: string) => twentyDocs(env).find((d) => d.metakockaId === mkId);
const twentyLines = (env: DocumentsEnv, docId: string) =>
  [...env.tables.lines.rows.values()].filter((l) => l.salesDocumentId === docId && !l.deletedAt);
const openIssues = (env: DocumentsEnv) =>
  [...env.rt.crm.tables.metakockaSyncIssues.rows.values()].filter((i) => i.status === 'OPEN');

describe('documents pull', () => {
  let env: DocumentsEnv;
  beforeAll(async () => {
    env = await startDocumentsEnv({ documents: 160 });
    await bindPartners(env);
  });
  afterAll(() => env.close());

  it('pulls every document type with totals, payments, status, customer and lineage as Metakocka has them', async () => {
    const counts = await env.run();
    const docs: SalesDocument[] = env.sandbox.store.documents.list();
    expect(counts).toMatchObject({ created: docs.length, failed: 0 });
    const types = new Set(twentyDocs(env).map((d) => d.documentType));
    expect(types).toEqual(
      new Set([
        'SALES_OFFER',
        'SALES_ORDER',
        'SALES_BILL_DOMESTIC',
        'SALES_BILL_FOREIGN',
        'SALES_BILL_RETAIL',
        'SALES_BILL_PREPAID',
        'SALES_BILL_CREDIT_NOTE',
      ]),
    );
    expect(docs.some((d) => d.payments.length > 0 && d.salesOrderList.length + d.offerList.length > 0)).toBe(true);
    for (const doc of docs) {
      const row = twentyDoc(env, doc.mkId)!;
      const totals = computeTotals(doc);
      const partner = env.sandbox.store.partners.get(doc.partner.partnerMkId)!;
      expect({ mkId: doc.mkId, ...row }).toMatchObject({
        mkId: doc.mkId,
        documentType: doc.docType.toUpperCase(),
        countCode: doc.countCode,
        documentDate: doc.docDate,
        currency: doc.currencyCode,
        netTotal: { amountMicros: micros(totals.sumBasic), currencyCode: doc.currencyCode },
        grossTotal: { amountMicros: micros(totals.sumAll) },
        paidTotal: { amountMicros: micros(totals.sumPaid) },
        status: statusRegister(doc.docType).find((s) => s.key === doc.statusKey)?.name ?? '',
        statusKey: doc.statusKey ?? '',
        isIssued: doc.docType.startsWith('sales_bill_') && doc.publishTs !== undefined,
        isDeletedInMetakocka: false,
      });
      expect(Boolean(row.companyId)).toBe(partner.businessEntity);
      expect(Boolean(row.personId)).toBe(!partner.businessEntity);
      const lines = twentyLines(env, row.id);
      expect(lines.map((l) => l.metakockaRowKey).sort()).toEqual(doc.lines.map((l) => `${doc.mkId}:${l.rowId}`).sort());
      const source = doc.salesOrderList[0] ?? doc.offerList[0];
      if (source) expect(row.sourceDocumentId).toBe(twentyDoc(env, source)!.id);
    }
    expect(openIssues(env).filter((i) => i.errorCode === 'TOTALS_MISMATCH')).toEqual([]);
  });

  it('links a credit note to the invoice it corrects', () => {
    const notes = env.sandbox.store.documents.byType('sales_bill_credit_note').filter((d) => d.head.credit_note_bill);
    expect(notes.length).toBeGreaterThan(0);
    for (const note of notes) {
      const invoice = env.sandbox.store.documents
        .list()
        .find((d) => d.countCode === note.head.credit_note_bill && d.docType === 'sales_bill_domestic')!;
      expect(twentyDoc(env, note.mkId)!.sourceDocumentId).toBe(twentyDoc(env, invoice.mkId)!.id);
    }
  });

  it('writes nothing on a second run without changes', async () => {
    const before = JSON.stringify([...twentyDocs(env), ...env.tables.lines.rows.values()]);
    const counts = await env.run();
    expect(counts).toMatchObject({ created: 0, updated: 0, failed: 0 });
    expect(JSON.stringify([...twentyDocs(env), ...env.tables.lines.rows.values()])).toBe(before);
  });

  it('picks up a changed order incrementally: new quantity, new totals, a removed line gone from Twenty', async () => {
    const order = env.sandbox.store.documents.byType('sales_order').find((d) => d.lines.length >= 2)!;
    const removed = order.lines.pop()!;
    order.lines[0]!.amount += 100_000_000n;
    env.sandbox.store.touchDocument(order.mkId);
    const counts = await env.run();
    expect(counts.updated).toBeGreaterThanOrEqual(1);
    const row = twentyDoc(env, order.mkId)!;
    expect(row.grossTotal.amountMicros).toBe(micros(computeTotals(order).sumAll));
    expect(twentyLines(env, row.id).map((l) => l.metakockaRowKey)).not.toContain(`${order.mkId}:${removed.rowId}`);
    expect(twentyLines(env, row.id)).toHaveLength(order.lines.length);
  });

  it('marks a document a user deleted in Metakocka as deleted after the next full scan, keeping its history', async () => {
    const victim = env.sandbox.store.documents.byType('sales_bill_domestic')[0]!;
    env.sandbox.store.deleteDocumentAsUser(victim.mkId);
    await env.run();
    expect(twentyDoc(env, victim.mkId)!.isDeletedInMetakocka).toBe(false); // an incremental run cannot know
    env.rt.clock.now = new Date(env.rt.clock.now.getTime() + 25 * 3_600_000);
    const counts = await env.run();
    expect(counts.deleted).toBe(1);
    const row = twentyDoc(env, victim.mkId)!;
    expect(row).toMatchObject({ isDeletedInMetakocka: true, deletedAt: null });
    expect(twentyLines(env, row.id).length).toBeGreaterThan(0);
  });
});
