// The document filters (types, first document day) on the documents pull against the sandbox: types left out are not
// read, the date bound is honoured for every type (offers after reading, API.md §6 item 19), and documents that leave
// the filters are marked outOfSyncScope, never deleted.
import { DEFAULT_SETTINGS, settingsSchema, type SyncSettings } from 'server/settings/schema';
import { bindPartners, startDocumentsEnv, type DocumentsEnv } from './support';

const withDocumentFilters = (documents: Partial<SyncSettings['filters']['documents']>): SyncSettings =>
  settingsSchema.parse({ ...DEFAULT_SETTINGS, filters: { ...DEFAULT_SETTINGS.filters, documents } });

const rows = (env: DocumentsEnv) => [...env.tables.documents.rows.values()].filter((d) => !d.deletedAt);

describe('document filters', () => {
  let env: DocumentsEnv;
  beforeEach(async () => {
    env = await startDocumentsEnv({ documents: 80 });
    await bindPartners(env);
  });
  afterEach(() => env.close());

  it('pulls only the chosen types and reads no other type', async () => {
    const before = env.client.callCounts().search ?? 0;
    await env.run({ settings: withDocumentFilters({ types: ['SALES_ORDER'] }) });
    const orders = env.sandbox.store.documents.list().filter((d) => d.docType === 'sales_order');
    expect(
      rows(env)
        .map((d) => d.metakockaId)
        .sort(),
    ).toEqual(orders.map((d) => d.mkId).sort());
    expect((env.client.callCounts().search ?? 0) - before).toBe(Math.ceil(orders.length / 100) || 1);
  });

  it('keeps only documents from the first day on, offers included, and counts the offers read and dropped', async () => {
    const docs = env.sandbox.store.documents.list();
    const days = [...new Set(docs.map((d) => d.docDate))].sort();
    const floor = days[Math.floor(days.length / 2)]!;
    const counts = await env.run({ settings: withDocumentFilters({ fromDate: floor }) });
    const kept = docs.filter((d) => d.docDate >= floor);
    expect(
      rows(env)
        .map((d) => d.metakockaId)
        .sort(),
    ).toEqual(kept.map((d) => d.mkId).sort());
    const droppedOffers = docs.filter((d) => d.docType === 'sales_offer' && d.docDate < floor).length;
    expect(droppedOffers).toBeGreaterThan(0);
    expect(counts.readThenFiltered).toBe(droppedOffers);
  });

  it('marks the documents a narrowed filter leaves out, deletes none, and takes them back when it widens', async () => {
    await env.run();
    const all = rows(env).length;
    const narrowed = withDocumentFilters({ types: ['SALES_OFFER', 'SALES_ORDER'] });
    const counts = await env.run({ settings: narrowed });
    const invoices = rows(env).filter((d) => !['SALES_OFFER', 'SALES_ORDER'].includes(d.documentType));
    expect(rows(env)).toHaveLength(all);
    expect(counts).toMatchObject({ leftScope: invoices.length, deleted: 0 });
    expect(invoices.every((d) => d.outOfSyncScope === true)).toBe(true);
    expect(rows(env).filter((d) => d.outOfSyncScope === true)).toHaveLength(invoices.length);
    expect(await env.run({ settings: narrowed })).toMatchObject({ leftScope: 0 });
    expect(await env.run()).toMatchObject({ enteredScope: invoices.length, leftScope: 0 });
    expect(rows(env).some((d) => d.outOfSyncScope === true)).toBe(false);
  });
});
