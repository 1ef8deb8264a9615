// Issues the sync records about products and sales documents land on that product's and document's list of sync
// issues (issue #12 item 10): found by the Twenty id the sync names, or by the Metakocka id when it names only that.
import { createIssueBook } from 'server/sync/issues';
import { createTestRuntime } from './support/runtime';

describe('issue links', () => {
  it('links product and document issues to their records, and leaves an issue about a record Twenty lacks unlinked', async () => {
    const rt = createTestRuntime();
    const [product] = await rt.crm.products.upsertMany([{ metakockaId: '7001', code: 'VM8', name: 'Vijak M8' }]);
    const [document] = await rt.crm.tables.metakockaSalesDocuments.upsert([
      { metakockaId: '8001', name: 'Ponudba 14' },
    ]);
    const products = createIssueBook(rt, 'products');
    const documents = createIssueBook(rt, 'documents');
    products.fail({
      recordObject: 'metakockaProduct',
      metakockaId: '7001',
      error: new Error('amount is not a number'),
    });
    products.fail({
      recordObject: 'metakockaProduct',
      metakockaId: '7999',
      error: new Error('amount is not a number'),
    });
    documents.fail({
      recordObject: 'metakockaSalesDocument',
      metakockaId: '8001',
      recordId: document!.id,
      error: new Error('totals differ'),
    });

    await products.flush({ dryRun: false, resolveOpen: false });
    await documents.flush({ dryRun: false, resolveOpen: false });

    const issues = await rt.crm.syncIssues.findWhere({});
    const linkOf = (mkId: string) =>
      issues
        .filter((i) => i.metakockaId === mkId)
        .map((i) => ({
          productId: i.productId ?? null,
          salesDocumentId: i.salesDocumentId ?? null,
          recordId: i.recordId,
        }));
    expect(linkOf('7001')).toEqual([{ productId: product!.id, salesDocumentId: null, recordId: product!.id }]);
    expect(linkOf('8001')).toEqual([{ productId: null, salesDocumentId: document!.id, recordId: document!.id }]);
    expect(linkOf('7999')).toEqual([{ productId: null, salesDocumentId: null, recordId: null }]);
  });
});
