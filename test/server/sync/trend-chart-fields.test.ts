// The trends page's chart fields (issue 18 item 2, D79) as the sync keeps them: an issue carries the Ljubljana day it
// was opened and whether it is open and critical, and loses the flag when it is resolved or ignored; a run carries the
// Ljubljana day it started. Twenty's charts count and group these fields as they are, with no filter.
import { MetakockaAuthError, MetakockaValidationError } from 'server/metakocka/errors';
import { startRun } from 'server/sync/planner';
import { createIssueBook } from 'server/sync/issues';
import { product } from './support/mk-records';
import { createTestRuntime } from './support/runtime';

const issuesByCode = async (rt: ReturnType<typeof createTestRuntime>) =>
  Object.fromEntries(
    (await rt.crm.syncIssues.findWhere({})).map((issue) => [
      issue.errorCode,
      { status: issue.status, openedDay: issue.openedDay, isOpenCritical: issue.isOpenCritical },
    ]),
  );

/** Metakocka refused the credentials: a CRITICAL issue about the whole products run. */
const credentialsRefused = {
  recordObject: 'run',
  metakockaId: 'products-run',
  error: new MetakockaAuthError('product_list', '3', 'no', '42'),
};

describe('trend chart fields', () => {
  it('dates an issue by its Ljubljana day and flags it while it is open and critical', async () => {
    const rt = createTestRuntime();
    // 23:30 UTC on 29 November is already 30 November in Ljubljana (UTC+1 in winter).
    rt.clock.now = new Date('2026-11-29T23:30:00.000Z');
    const book = createIssueBook(rt, 'products');
    book.fail(credentialsRefused);
    book.fail({
      recordObject: 'metakockaProduct',
      metakockaId: '7001',
      error: new MetakockaValidationError('product_add', '2', 'bad unit', 'unit', undefined),
    });
    await book.flush({ dryRun: false, resolveOpen: false });

    expect(await issuesByCode(rt)).toEqual({
      MK_AUTH: { status: 'OPEN', openedDay: '2026-11-30', isOpenCritical: true },
      MK_VALIDATION: { status: 'OPEN', openedDay: '2026-11-30', isOpenCritical: false },
    });

    // The stream works again: the critical issue resolves and leaves the open CRITICAL count.
    rt.clock.now = new Date('2026-12-02T08:00:00.000Z');
    const next = createIssueBook(rt, 'products');
    next.succeeded(['products-run']);
    await next.flush({ dryRun: false, resolveOpen: true });
    expect((await issuesByCode(rt)).MK_AUTH).toEqual({
      status: 'RESOLVED',
      openedDay: '2026-11-30',
      isOpenCritical: false,
    });

    // It comes back later: opened again that day, critical again; then a manager ignores it.
    rt.clock.now = new Date('2026-12-03T09:00:00.000Z');
    const again = createIssueBook(rt, 'products');
    again.fail(credentialsRefused);
    await again.flush({ dryRun: false, resolveOpen: false });
    const reopened = (await rt.crm.syncIssues.findWhere({})).find((issue) => issue.errorCode === 'MK_AUTH')!;
    expect(reopened).toMatchObject({ status: 'OPEN', openedDay: '2026-12-03', isOpenCritical: true });
    await rt.crm.syncIssues.upsertMany([{ id: reopened.id, issueKey: reopened.issueKey, status: 'IGNORED' }]);
    expect((await issuesByCode(rt)).MK_AUTH).toMatchObject({ status: 'IGNORED', isOpenCritical: false });
  });

  it('dates a run by the Ljubljana day it started', async () => {
    const rt = createTestRuntime();
    rt.mk.products.push(product());
    // 22:15 UTC on 30 June is 1 July in Ljubljana (UTC+2 in summer).
    rt.clock.now = new Date('2026-06-30T22:15:00.000Z');
    await startRun(rt, 'products', { trigger: 'manual', dryRun: false });
    await rt.drain();

    const runs = await rt.crm.syncRuns.findWhere({});
    expect(runs.map((run) => [run.status, run.startedDay])).toEqual([['SUCCEEDED', '2026-07-01']]);
  });
});
