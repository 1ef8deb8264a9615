// An issue keeps its error code and parameters (issue 15 item 1): its stored message is worded in the workspace's
// language (Twenty's own list views show that), and the app words it again for each reader from code and parameters.
import { renderError } from 'server/error-catalogue';
import { MetakockaValidationError } from 'server/metakocka/errors';
import { BINDING_HASH_KEY } from 'server/sync/bindings';
import { createIssueBook, issueWording } from 'server/sync/issues';
import { englishWordsIn } from 'test/support/english-leftovers';
import { createTestRuntime } from './support/runtime';

const conflict = {
  recordId: 'c1',
  twentyValue: 'a',
  metakockaValue: 'b',
  twentyChangedAt: null,
  metakockaChangedAt: '2026-11-25T09:00:00.000Z',
};

async function raised(language: 'en' | 'sl') {
  const rt = { ...createTestRuntime(), language };
  const book = createIssueBook(rt, 'partners');
  book.fail({
    recordObject: 'company',
    metakockaId: '9001',
    error: new MetakockaValidationError('add_partner', '2', 'tax_id_num', 'taxNumber', undefined),
  });
  book.conflict({ ...conflict, recordObject: 'company', metakockaId: '9002', field: 'name' });
  book.conflict({
    ...conflict,
    recordObject: 'metakockaSalesDocument',
    metakockaId: '9003',
    field: 'document',
    fields: ['title', 'lines'],
  });
  book.conflict({
    ...conflict,
    recordObject: 'person',
    metakockaId: null,
    recordId: 'p1',
    field: BINDING_HASH_KEY,
    binding: { synced: '9001/12', current: '' },
  });
  await book.flush({ dryRun: false, resolveOpen: false });
  return rt.crm.syncIssues.findWhere({});
}

describe('issue wording per reader', () => {
  it('stores the workspace language and words every issue again for a Slovenian reader', async () => {
    const issues = await raised('en');
    expect(issues.map((i) => i.messageParams)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ method: 'add_partner', field: 'taxNumber' }),
        { change: 'field', field: 'name', next: 'choose' },
        { change: 'record', fields: '"title", "lines"', next: 'choose' },
        { change: 'binding', recordObject: 'person', synced: '9001/12', current: '', next: 'binding' },
      ]),
    );
    for (const issue of issues) {
      // English readers read what is stored; a Slovenian reader reads Slovenian only.
      expect(issueWording(issue, 'en').message).toBe(issue.message);
      const sl = issueWording(issue, 'sl');
      expect(sl.message).not.toBe(issue.message);
      expect([issue.issueKey, englishWordsIn(`${sl.message} ${sl.suggestedAction}`)]).toEqual([issue.issueKey, []]);
    }
    expect(issues.find((i) => i.conflictField === BINDING_HASH_KEY)?.message).toBe(
      "The person's Metakocka binding (partner/contact) changed outside the sync: last synced 9001/12, now none; " +
        'nothing was written on either side.',
    );
  });

  it('stores a Slovenian workspace’s issues in Slovenian, so Twenty’s list views show Slovenian', async () => {
    const issues = await raised('sl');
    const field = issues.find((i) => i.conflictField === 'name')!;
    expect(field.message).toBe(renderError('CONFLICT', field.messageParams!, 'sl'));
    expect(issueWording(field, 'en').message).toBe(
      '"name" changed in both Twenty and Metakocka since the last sync; nothing was written on either side.',
    );
  });

  it('shows an issue kept without parameters as stored, in every language', () => {
    const old = { errorCode: 'MK_REFUSED', messageParams: null, message: 'as stored', suggestedAction: 'do this' };
    expect(issueWording(old, 'sl')).toEqual({ message: 'as stored', suggestedAction: 'do this' });
  });
});
