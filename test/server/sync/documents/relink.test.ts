// Documents written before their customer and products were in Twenty: what a user sees once those streams caught up.
import { SALES_DOC_TYPES } from 'server/sync/documents/model/document-types';
import { bindPartners, bindProducts, startDocumentsEnv, type DocumentsEnv } from './support';

const twentyDocs = (env: DocumentsEnv) => [...env.tables.documents.rows.values()].filter((d) => !d.deletedAt);
const linesOf = (env: DocumentsEnv, docId: string) =>
  [...env.tables.lines.rows.values()].filter((l) => l.salesDocumentId === docId && !l.deletedAt);
const customerLinked = (d: Record<string, any>) => Boolean(d.companyId || d.personId);
const fullScans = async (env: DocumentsEnv) =>
  Promise.all(
    SALES_DOC_TYPES.map(
      async (t) =>
        (await env.rt.kv.get<{ lastFullScanAt?: string }>(`metakocka:documents:checkpoint:${t}`))?.lastFullScanAt ??
        null,
    ),
  );

// More documents than relink reads one by one (4 pages of 50), so the next run has to rescan instead.
const DOCUMENTS = 260;

describe('documents written before their customer and products', () => {
  let env: DocumentsEnv;
  beforeEach(async () => {
    env = await startDocumentsEnv({ documents: DOCUMENTS });
  });
  afterEach(() => env.close());

  it('are all linked by the next run, through search pages rather than a get_document each', async () => {
    await env.run();
    expect(twentyDocs(env)).toHaveLength(env.sandbox.store.documents.list().length);
    expect(twentyDocs(env).filter(customerLinked)).toEqual([]);

    await bindPartners(env);
    await bindProducts(env);
    const before = env.client.callCounts();
    await env.run();
    const calls = env.client.callCounts();
    expect((calls.get_document ?? 0) - (before.get_document ?? 0)).toBe(0);
    for (const doc of env.sandbox.store.documents.list()) {
      const row = twentyDocs(env).find((d) => d.metakockaId === doc.mkId)!;
      const partner = env.sandbox.store.partners.get(doc.partner.partnerMkId)!;
      expect({ doc: doc.mkId, company: Boolean(row.companyId), person: Boolean(row.personId) }).toEqual({
        doc: doc.mkId,
        company: partner.businessEntity,
        person: !partner.businessEntity,
      });
      expect(
        linesOf(env, row.id)
          .filter((l) => !l.productId)
          .map((l) => l.metakockaRowKey),
      ).toEqual([]);
      expect(row.syncHash).not.toMatch(/^unlinked:/);
    }

    const counts = await env.run();
    expect(counts).toMatchObject({ created: 0, updated: 0, failed: 0 });
  });

  it('whose customer never comes do not make every later run a full scan', async () => {
    await bindProducts(env);
    await env.run();
    env.rt.clock.now = new Date(env.rt.clock.now.getTime() + 3_600_000);
    await env.run(); // the full scan the first run asked for: nothing it could link
    const afterRescan = await fullScans(env);
    expect(afterRescan.every((at) => at !== null)).toBe(true);
    env.rt.clock.now = new Date(env.rt.clock.now.getTime() + 3_600_000);
    await env.run();
    expect(await fullScans(env)).toEqual(afterRescan);
    expect(twentyDocs(env).filter(customerLinked)).toEqual([]);
  });
});
