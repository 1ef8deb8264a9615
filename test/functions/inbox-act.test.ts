// inbox-act (route /metakocka/inbox/act, issue 17): a manager retries, ignores or resolves a selection of issues, with
// a count of what was done and why the rest was not; retrying re-syncs the record (its Twenty edit reaches Metakocka),
// ignoring needs a reason and keeps it, and each action leaves an audit entry naming the manager. Members are refused.
import { INBOX_ROUTES } from 'plugin/constants/route-paths';
import type { InboxActAnswer } from 'server/routes/contracts';
import { MANAGER } from 'test/e2e/sync-world';
import { useSyncWorld } from 'test/e2e/use-sync-world';

const world = useSyncWorld({ partners: 3, products: 0 });
const ACT = `/s${INBOX_ROUTES.act}`; // '/metakocka/inbox/act'
const MEMBER = { workspaceMemberId: 'c0ffee03-1111-4111-8111-0000000000c3', flags: [] as string[] };

const act = (body: object, as = MANAGER) =>
  world().harness.route(ACT, { method: 'POST', body, as }) as Promise<{ status: number; body: InboxActAnswer }>;
const issue = (issueKey: string, fields: Record<string, unknown>) => ({
  issueKey,
  name: issueKey,
  kind: 'ERROR',
  severity: 'ERROR',
  status: 'OPEN',
  stream: 'PARTNERS',
  errorCode: 'MK_REFUSED',
  causeKey: 'MK_REFUSED',
  message: 'Metakocka refused the request.',
  ...fields,
});

describe('inbox-act', () => {
  it('retries a selection (the record is re-synced), counts what was not requeued and why, then ignores with a reason', async () => {
    await world().sync({ streams: ['partners'] });
    const [edited, excluded] = world()
      .rows('company')
      .filter((c) => c.metakockaPartnerId);
    await world.user().companies.upsertMany([{ id: edited!.id, name: 'Popravljeno ime d.o.o.' }]); // event lost
    await world.user().companies.upsertMany([{ id: excluded!.id, metakockaSyncExcluded: true }]);
    const seeded = world().standIn.seed('metakockaSyncIssue', [
      issue('a', { recordObject: 'company', recordId: edited!.id, companyId: edited!.id }),
      issue('b', { recordObject: 'company', recordId: excluded!.id, companyId: excluded!.id }),
      issue('c', { recordObject: 'run', metakockaId: 'partners-run' }),
      issue('d', { kind: 'CONFLICT', errorCode: 'CONFLICT', recordObject: 'company', recordId: edited!.id }),
    ]);
    const ids = seeded.map((row) => row.id as string);

    expect((await act({ action: 'retry', target: { ids } }, MEMBER)).status).toBe(403);
    const retried = await act({ action: 'retry', target: { ids } });
    expect(retried.body).toEqual({
      mode: 'done',
      action: 'retry',
      done: 1,
      notDone: { 'record-excluded': 1, 'no-record': 1, 'not-an-error': 1 },
    });
    await world().harness.drainJobs();
    const partner = world().sandbox.store.partners.get(edited!.metakockaPartnerId)!;
    expect(partner.customer).toBe('Popravljeno ime d.o.o.');

    const noReason = await act({ action: 'ignore', target: { ids: [ids[2]] } });
    expect(noReason.status).toBe(422);
    const ignored = await act({
      action: 'ignore',
      target: { ids: [ids[2]] },
      reason: 'Quota runs out at night; known.',
    });
    expect(ignored.body).toMatchObject({ mode: 'done', done: 1, notDone: {} });
    expect(
      world()
        .rows('metakockaSyncIssue')
        .find((r) => r.id === ids[2]),
    ).toMatchObject({
      status: 'IGNORED',
      ignoredReason: 'Quota runs out at night; known.',
      ignoredFingerprint: expect.any(String),
    });
    const resolved = await act({ action: 'resolve', target: { ids: [ids[3]] } });
    expect(resolved.body).toMatchObject({ mode: 'done', done: 1 });

    const audit = world()
      .rows('metakockaAuditEntry')
      .filter((e) => String(e.action).startsWith('issues.'));
    expect(audit.map((e) => [e.action, e.actorWorkspaceMemberId])).toEqual([
      ['issues.retried', MANAGER.workspaceMemberId],
      ['issues.ignored', MANAGER.workspaceMemberId],
      ['issues.resolved', MANAGER.workspaceMemberId],
    ]);
  });
});
