// inbox-read `weeks` (issue 18 item 2): per class, the issues opened in this Ljubljana week (from Monday) against the
// week before, counted by Twenty from the issues' `openedDay`, as the member reading the inbox.
import { INBOX_ROUTES } from 'plugin/constants/route-paths';
import type { InboxWeeksAnswer } from 'server/routes/contracts';
import { ensureBuiltOutput } from 'test/twenty/harness';
import { useHarnessWorld } from 'test/twenty/harness/use-harness-world';

const world = useHarnessWorld(ensureBuiltOutput, { buildTimeoutMs: 300_000 });
const READ = `/s${INBOX_ROUTES.read}`;
const MEMBER = { workspaceMemberId: 'c0ffee02-1111-4111-8111-0000000000c2', flags: [] as string[] };

/** Issues of a class opened on a day; the rest of the issue does not matter to the count. */
const opened = (kind: 'ERROR' | 'CONFLICT', openedDay: string, n: number) =>
  Array.from({ length: n }, (_, i) => ({
    issueKey: `${kind}:${openedDay}:${i}`,
    name: `${kind} ${openedDay} ${i}`,
    kind,
    status: i % 2 === 0 ? 'OPEN' : 'RESOLVED',
    stream: 'PARTNERS',
    message: 'seeded',
    openedDay,
  }));

describe('inbox weeks', () => {
  it('counts issues opened this Ljubljana week and last week per class, the week starting on Monday', async () => {
    world.standIn.seed('metakockaSyncIssue', [
      ...opened('ERROR', '2027-03-01', 2), // this week's Monday
      ...opened('CONFLICT', '2027-03-01', 1),
      ...opened('ERROR', '2027-02-22', 1), // last week's Monday
      ...opened('CONFLICT', '2027-02-28', 2), // last week's Sunday
      ...opened('ERROR', '2027-02-21', 4), // the week before: not counted
    ]);
    // 23:30 UTC on Sunday 28 February is already Monday 1 March in Ljubljana (UTC+1): a new week has begun.
    world.harness.advance(Date.parse('2027-02-28T23:30:00.000Z') - world.harness.now());

    const reply = await world.harness.route(READ, { method: 'POST', body: { what: 'weeks' }, as: MEMBER });

    expect(reply.status).toBe(200);
    expect(reply.body as InboxWeeksAnswer).toEqual({
      thisWeekFrom: '2027-03-01',
      lastWeekFrom: '2027-02-22',
      classes: [
        { kind: 'ERROR', thisWeek: 2, lastWeek: 1 },
        { kind: 'CONFLICT', thisWeek: 1, lastWeek: 2 },
      ],
    });
  });
});
