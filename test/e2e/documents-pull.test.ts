// The documents stream through the engine, end to end: the run-sync route starts it, the built run-sync-step function
// pulls page by page in the harness (child processes, stand-in Twenty, HTTP sandbox), and Twenty then holds Metakocka's
// sales documents with their totals and lines.
import { computeTotals } from 'test/sandbox/store/totals';
import { useSyncWorld } from './use-sync-world';

const world = useSyncWorld({ partners: 6, products: 10, documents: 12 });

/** Sandbox amounts are 8-decimal bigints; Twenty's currency micros have 6. */
const micros = (dec: bigint) => String(dec / 100n);

describe('documents stream through the engine', () => {
  it('pulls every Metakocka sales document into Twenty with its totals, lines and customer; a second run writes nothing', async () => {
    const { sandbox } = world();
    expect((await world().sync({ streams: ['partners'] })).jobs.failed).toBe(0);
    const pulled = await world().sync({ streams: ['documents'] });
    expect(pulled.status).toBe(200);
    expect(pulled.jobs.failed).toBe(0);

    const mkDocs = sandbox.store.documents.list();
    const docs = world().rows('metakockaSalesDocument');
    const lines = world().rows('metakockaSalesDocumentLine');
    expect(mkDocs.length).toBeGreaterThan(0);
    expect(docs).toHaveLength(mkDocs.length);
    for (const doc of mkDocs) {
      const row = docs.find((d) => d.metakockaId === doc.mkId);
      const totals = computeTotals(doc);
      expect({
        mkId: doc.mkId,
        countCode: row?.countCode,
        net: String(row?.netTotal?.amountMicros),
        gross: String(row?.grossTotal?.amountMicros),
      }).toEqual({
        mkId: doc.mkId,
        countCode: doc.countCode,
        net: micros(totals.sumBasic),
        gross: micros(totals.sumAll),
      });
      const rowLines = lines.filter((l) => l.salesDocumentId === row!.id);
      expect(rowLines.map((l) => l.metakockaRowKey).sort()).toEqual(
        doc.lines.map((l) => `${doc.mkId}:${l.rowId}`).sort(),
      );
      const partner = sandbox.store.partners.get(doc.partner.partnerMkId)!;
      const customerId = partner.businessEntity ? row!.companyId : row!.personId;
      const customer = world()
        .rows(partner.businessEntity ? 'company' : 'person')
        .find((c) => c.id === customerId);
      expect(customer?.metakockaPartnerId).toBe(doc.partner.partnerMkId);
    }
    const run = world()
      .rows('metakockaSyncRun')
      .find((r) => r.stream === 'DOCUMENTS');
    expect(run).toMatchObject({ status: 'SUCCEEDED', createdCount: mkDocs.length, failedCount: 0 });
    expect(
      world()
        .rows('metakockaSyncIssue')
        .filter((i) => i.stream === 'DOCUMENTS' && i.status === 'OPEN'),
    ).toEqual([]);

    const before = JSON.stringify([
      ...world().rows('metakockaSalesDocument'),
      ...world().rows('metakockaSalesDocumentLine'),
    ]);
    expect((await world().sync({ streams: ['documents'] })).jobs.failed).toBe(0);
    expect(
      JSON.stringify([...world().rows('metakockaSalesDocument'), ...world().rows('metakockaSalesDocumentLine')]),
    ).toBe(before);
  });
});
