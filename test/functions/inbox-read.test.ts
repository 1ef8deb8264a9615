// inbox-read (route /metakocka/inbox/read, issue 17): a member who may read sync issues pages, filters, searches and
// groups them through Twenty's own queries. The first page of a filter and its causes cost the same Twenty calls at
// 100 and at 10,000 issues (counted by the stand-in), and every filter answers exactly the matching issues.
import { INBOX_ROUTES } from 'plugin/constants/route-paths';
import type { InboxGroupsAnswer, InboxPageAnswer } from 'server/routes/contracts';
import { expected, seedIssues, type SeededIssue } from 'test/support/inbox-issues';
import { ensureBuiltOutput } from 'test/twenty/harness';
import { useHarnessWorld } from 'test/twenty/harness/use-harness-world';

const world = useHarnessWorld(ensureBuiltOutput, { buildTimeoutMs: 300_000 });
jest.setTimeout(300_000); // each route runs the built function in its own process, 40 times at 10,000 issues
const READ = `/s${INBOX_ROUTES.read}`; // '/metakocka/inbox/read'
const MEMBER = { workspaceMemberId: 'c0ffee02-1111-4111-8111-0000000000c2', flags: [] as string[] };

const read = async <T>(body: object): Promise<T> => {
  const reply = await world.harness.route(READ, { method: 'POST', body, as: MEMBER });
  expect(reply.status).toBe(200);
  return reply.body as T;
};

const FILTERS: Array<[string, object, (issue: SeededIssue) => boolean]> = [
  ['open', { status: ['OPEN'] }, (i) => i.status === 'OPEN'],
  ['critical', { severity: ['CRITICAL'] }, (i) => i.severity === 'CRITICAL'],
  [
    'documents stream',
    { stream: ['DOCUMENTS'], status: ['OPEN'] },
    (i) => i.stream === 'DOCUMENTS' && i.status === 'OPEN',
  ],
  ['conflicts', { kind: ['CONFLICT'] }, (i) => i.kind === 'CONFLICT'],
  ['cause', { causeKey: 'MK_VALIDATION:taxNumber' }, (i) => i.causeKey === 'MK_VALIDATION:taxNumber'],
  ['record type', { recordObject: ['person'] }, (i) => i.recordObject === 'person'],
  [
    'date',
    { seenFrom: '2026-11-01T10:00:00.000Z', seenTo: '2026-11-01T12:00:00.000Z' },
    (i) => i.lastSeenAt >= '2026-11-01T10:00:00.000Z' && i.lastSeenAt < '2026-11-01T12:00:00.000Z',
  ],
  ['search by name', { search: 'maribor d.o.o. 15' }, (i) => i.recordName.toLowerCase().includes('maribor d.o.o. 15')],
  ['search by Metakocka id', { search: '1000042' }, (i) => i.metakockaId.includes('1000042')],
  [
    'ignored',
    { status: ['IGNORED'], errorCode: ['MK_REFUSED'] },
    (i) => i.status === 'IGNORED' && i.errorCode === 'MK_REFUSED',
  ],
];

/** The Twenty calls of opening the inbox on a filter: its first page and its causes. */
async function firstPageCalls(filter: object) {
  world.standIn.calls.reset();
  const started = Date.now();
  const page = await read<InboxPageAnswer>({ what: 'page', filter });
  const groups = await read<InboxGroupsAnswer>({ what: 'groups', filter });
  return { calls: world.standIn.calls.total(), ms: Date.now() - started, page, groups };
}

describe('inbox-read', () => {
  it('costs the same Twenty calls for the first page at 100 and at 10,000 issues, and filters exactly', async () => {
    seedIssues(world.standIn, 100);
    const smallCalls: number[] = [];
    for (const [, filter] of FILTERS) smallCalls.push((await firstPageCalls(filter)).calls);

    seedIssues(world.standIn, 9_900, 100);
    const large: Array<{ calls: number; ms: number }> = [];
    for (const [name, filter, matches] of FILTERS) {
      const outcome = await firstPageCalls(filter);
      large.push(outcome);
      expect([name, outcome.page.totalCount]).toEqual([name, expected(10_000, matches)]);
      expect(outcome.groups.groups.reduce((sum, g) => sum + g.count, 0)).toBe(expected(10_000, matches));
      expect(outcome.page.issues.length).toBe(Math.min(25, expected(10_000, matches)));
    }
    expect(large.map((l) => l.calls)).toEqual(smallCalls);
    expect(new Set(smallCalls).size).toBe(1);
    // Reported in the issue note: calls per opened filter and the time at 10,000 issues.
    process.stdout.write(
      `inbox first page + causes: ${smallCalls[0]} Twenty calls at 100 and at 10,000 issues; ` +
        `${Math.max(...large.map((l) => l.ms))} ms at most at 10,000\n`,
    );
  });

  it('pages forward and back in the chosen order, and groups by cause largest first', async () => {
    seedIssues(world.standIn, 120);
    const filter = { status: ['OPEN'] };
    const first = await read<InboxPageAnswer>({ what: 'page', filter, sort: { by: 'attempts', direction: 'desc' } });
    expect(first.previous).toBeNull();
    expect(first.issues.map((i) => i.attempts)).toEqual([...first.issues.map((i) => i.attempts)].sort((a, b) => b - a));
    const second = await read<InboxPageAnswer>({
      what: 'page',
      filter,
      sort: { by: 'attempts', direction: 'desc' },
      after: first.next!,
    });
    expect(second.issues.map((i) => i.id).some((id) => first.issues.some((f) => f.id === id))).toBe(false);
    const back = await read<InboxPageAnswer>({
      what: 'page',
      filter,
      sort: { by: 'attempts', direction: 'desc' },
      before: second.previous!,
    });
    expect(back.issues.map((i) => i.id)).toEqual(first.issues.map((i) => i.id));

    const { groups } = await read<InboxGroupsAnswer>({ what: 'groups', filter });
    expect(groups.map((g) => g.count)).toEqual([...groups.map((g) => g.count)].sort((a, b) => b - a));
    expect(groups.find((g) => g.causeKey === 'CONFLICT:name')?.count).toBe(
      expected(120, (i) => i.status === 'OPEN' && i.causeKey === 'CONFLICT:name'),
    );
  });

  it('refuses a malformed filter with what is wrong', async () => {
    const reply = await world.harness.route(READ, {
      method: 'POST',
      body: { what: 'page', filter: { severity: ['SEVERE'] } },
      as: MEMBER,
    });
    expect(reply.status).toBe(422);
    expect(reply.body).toMatchObject({ code: 'INBOX_REQUEST', error: expect.stringContaining('severity') });
  });
});
