// inbox-bulk-job (issue 17): "everything matching this filter" over more than one page runs as a chain of jobs on
// Twenty's queue, one page each; the job's progress ends with how many were done and why the others were not, and
// exactly the matching issues change.
import { INBOX_ROUTES } from 'plugin/constants/route-paths';
import type { InboxActAnswer, InboxJob } from 'server/routes/contracts';
import { MANAGER } from 'test/e2e/sync-world';
import { expected, issueAt, seedIssues } from 'test/support/inbox-issues';
import { ensureBuiltOutput } from 'test/twenty/harness';
import { useHarnessWorld } from 'test/twenty/harness/use-harness-world';

const world = useHarnessWorld(ensureBuiltOutput, { buildTimeoutMs: 300_000 });
jest.setTimeout(300_000);
const COUNT = 1_500;

const route = async <T>(path: string, body: object) => {
  const reply = await world.harness.route(`/s${path}`, { method: 'POST', body, as: MANAGER });
  expect(reply.status).toBe(200);
  return reply.body as T;
};

describe('inbox-bulk-job', () => {
  it('ignores every issue of a filter page by page in the background and ends with the count', async () => {
    await world.harness.install();
    seedIssues(world.standIn, COUNT);
    const matches = (i: ReturnType<typeof issueAt>) => i.stream === 'PARTNERS' && i.status === 'OPEN';
    const filter = { stream: ['PARTNERS'], status: ['OPEN'] };

    const started = await route<InboxActAnswer>(INBOX_ROUTES.act, {
      action: 'ignore',
      target: { filter },
      reason: 'Old partners, cleaned up in Metakocka next week.',
    });
    expect(started).toMatchObject({ mode: 'job', total: expected(COUNT, matches) });
    const jobId = (started as { jobId: string }).jobId;
    const running = await route<InboxJob>(INBOX_ROUTES.read, { what: 'job', jobId });
    expect(running).toMatchObject({ state: 'running', processed: 0 });

    const drained = await world.harness.drainJobs(); // 'inbox-bulk-job', page after page
    expect(drained.failed).toBe(0);
    const job = await route<InboxJob>(INBOX_ROUTES.read, { what: 'job', jobId });
    expect(job).toMatchObject({
      state: 'done',
      action: 'ignore',
      processed: expected(COUNT, matches),
      done: expected(COUNT, matches),
      notDone: {},
    });
    const rows = world.standIn.store.rows('metakockaSyncIssue');
    const changed = rows.filter((r) => r.ignoredReason === 'Old partners, cleaned up in Metakocka next week.');
    expect(changed.map((r) => r.issueKey).sort()).toEqual(
      rows
        .filter((r) => matches(issueAt(Number(String(r.issueKey).slice('seed:'.length)))))
        .map((r) => r.issueKey)
        .sort(),
    );
    expect(rows.filter((r) => r.status === 'IGNORED').length).toBe(
      expected(COUNT, (i) => matches(i) || i.status === 'IGNORED'),
    );
  });

  it('retries every open error of a filter and says why the ones about no Twenty record were not requeued', async () => {
    await world.harness.install();
    seedIssues(world.standIn, COUNT);
    const filter = { status: ['OPEN'], errorCode: ['MK_QUOTA', 'MK_VALIDATION'] };
    const matches = (i: ReturnType<typeof issueAt>) =>
      i.status === 'OPEN' && (i.errorCode === 'MK_QUOTA' || i.errorCode === 'MK_VALIDATION');
    const started = await route<InboxActAnswer>(INBOX_ROUTES.act, { action: 'retry', target: { filter } });
    expect(started.mode).toBe('job');
    await world.harness.drainJobs();
    const job = await route<InboxJob>(INBOX_ROUTES.read, { what: 'job', jobId: (started as { jobId: string }).jobId });
    // The seeded issues name no Twenty record (a run, or a Metakocka id Twenty does not hold): none is requeued.
    expect(job).toMatchObject({ state: 'done', done: 0, notDone: { 'no-record': expected(COUNT, matches) } });
  });
});
