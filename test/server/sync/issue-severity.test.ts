// What the sync writes for the issue inbox (issue 17): the severity of the error's code, a cause key of code and field,
// the record's name for search; and an issue a manager ignored stays ignored (out of the open counts) while the sync
// meets the same record again, and reopens once the record has changed.
import { MetakockaAuthError, MetakockaValidationError } from 'server/metakocka/errors';
import { createIssueBook, issueFingerprint } from 'server/sync/issues';
import { createTestRuntime } from './support/runtime';

describe('issue severity, cause and ignore', () => {
  it('sets severity and cause from the error, and the record name from the linked record', async () => {
    const rt = createTestRuntime();
    const [product] = await rt.crm.products.upsertMany([{ metakockaId: '7001', code: 'VM8', name: 'Vijak M8' }]);
    const book = createIssueBook(rt, 'products');
    book.fail({
      recordObject: 'metakockaProduct',
      metakockaId: '7001',
      recordId: product!.id,
      error: new MetakockaValidationError('product_add', '2', 'bad unit', 'unit', undefined),
    });
    book.fail({
      recordObject: 'run',
      metakockaId: 'products-run',
      error: new MetakockaAuthError('product_list', '3', 'no', '42'),
    });
    await book.flush({ dryRun: false, resolveOpen: false });

    const issues = await rt.crm.syncIssues.findWhere({});
    expect(issues.map((i) => [i.errorCode, i.severity, i.causeKey, i.recordName]).sort()).toEqual([
      ['MK_AUTH', 'CRITICAL', 'MK_AUTH', undefined],
      ['MK_VALIDATION', 'ERROR', 'MK_VALIDATION:unit', 'Vijak M8'],
    ]);
  });

  it('keeps an ignored issue ignored for the same record, and reopens it when the record changed', async () => {
    const rt = createTestRuntime();
    const raise = async (description: string) => {
      const book = createIssueBook(rt, 'products');
      book.fail({
        recordObject: 'metakockaProduct',
        metakockaId: '7002',
        error: new MetakockaValidationError('product_add', '2', description, 'unit', undefined),
      });
      await book.flush({ dryRun: false, resolveOpen: false });
      return (await rt.crm.syncIssues.findWhere({}))[0]!;
    };
    const first = await raise('unit "kos" is unknown');
    await rt.crm.syncIssues.upsertMany([
      {
        id: first.id,
        issueKey: first.issueKey,
        status: 'IGNORED',
        ignoredReason: 'known, fixed next month',
        ignoredFingerprint: issueFingerprint(first),
      },
    ]);

    const again = await raise('unit "kos" is unknown');
    expect(again).toMatchObject({ status: 'IGNORED', ignoredReason: 'known, fixed next month', attempts: 2 });

    const changed = await raise('unit "kom" is unknown');
    expect(changed).toMatchObject({ status: 'OPEN', ignoredReason: null, attempts: 3, firstSeenAt: first.firstSeenAt });
  });
});
