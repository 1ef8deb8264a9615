// Upgrading an install of 0.3.0 that holds sync issues and runs (issue 18 item 2): after the upgrade every issue has
// the Ljubljana day it was opened and the open-and-critical flag, every run the day it started, so the trends page
// charts the history at once; nothing else in the workspace changes, and running the step again writes nothing.
import trendChartFields from 'migrations/0009-trend-chart-fields';
import { MIGRATIONS } from 'migrations/index';
import { ensureBuiltOutput } from 'test/twenty/harness';
import { createStandInRuntime } from 'test/twenty/harness/stand-in-runtime';
import { useHarnessWorld } from 'test/twenty/harness/use-harness-world';
import { appliedSteps, seedInstalledVersion } from 'test/migrations/support/installed-version';
import { rowsOf, withoutFields } from 'test/migrations/support/rows';

const world = useHarnessWorld(ensureBuiltOutput, { buildTimeoutMs: 300_000 });

const OBJECTS = ['company', 'metakockaSyncIssue', 'metakockaSyncRun', 'metakockaAuditEntry'];

/** What 0.3.0 left behind: its migrations recorded, runs and issues of every status without the trend fields. */
function seedPreviousVersion() {
  const { standIn } = world;
  const previous = seedInstalledVersion(standIn, '0.3.0');
  standIn.seed('company', [{ name: 'Kovinarstvo Novak d.o.o.', metakockaPartnerId: '9001' }]);
  const [winterRun, summerRun] = standIn.seed('metakockaSyncRun', [
    // 23:10 UTC on 29 November is 30 November in Ljubljana; 22:15 UTC on 30 June is 1 July.
    { name: 'products run', stream: 'PRODUCTS', status: 'FAILED', startedAt: '2026-11-29T23:10:00.000Z' },
    { name: 'partners run', stream: 'PARTNERS', status: 'SUCCEEDED', startedAt: '2026-06-30T22:15:00.000Z' },
  ]);
  const common = { stream: 'PRODUCTS', message: 'seen before the upgrade', attempts: 2, kind: 'ERROR' };
  standIn.seed('metakockaSyncIssue', [
    {
      ...common,
      issueKey: 'open-critical',
      name: 'a',
      status: 'OPEN',
      severity: 'CRITICAL',
      errorCode: 'MK_AUTH',
      firstSeenAt: '2026-11-29T23:30:00.000Z',
      firstRunId: winterRun!.id,
    },
    {
      ...common,
      issueKey: 'open-error',
      name: 'b',
      status: 'OPEN',
      severity: 'ERROR',
      errorCode: 'MK_VALIDATION',
      firstSeenAt: '2026-11-30T10:00:00.000Z',
    },
    {
      ...common,
      issueKey: 'resolved-critical',
      name: 'c',
      status: 'RESOLVED',
      severity: 'CRITICAL',
      errorCode: 'MK_AUTH',
      firstSeenAt: '2026-06-30T22:30:00.000Z',
      firstRunId: summerRun!.id,
    },
    {
      ...common,
      issueKey: 'ignored-critical',
      name: 'd',
      status: 'IGNORED',
      severity: 'CRITICAL',
      errorCode: 'MK_AUTH',
      firstSeenAt: '2026-12-01T07:00:00.000Z',
      ignoredReason: 'known outage',
    },
  ]);
  return previous;
}

const snapshot = () => rowsOf(world.standIn.store, OBJECTS);

const CHANGED = ['openedDay', 'isOpenCritical', 'startedDay', 'updatedAt', 'updatedBy'];
const without = (rows: Parameters<typeof withoutFields>[0]) => withoutFields(rows, CHANGED);

describe('upgrade to migration 0009 with issues and runs in the workspace', () => {
  it('fills each issue’s opened day and open-critical flag and each run’s day, and loses nothing', async () => {
    const previous = seedPreviousVersion();
    const before = snapshot();

    const upgrade = await world.harness.install({ previousVersion: '0.3.0' });

    expect(upgrade).toMatchObject({ ran: true, ok: true });
    const issues = Object.fromEntries(
      world.standIn.store
        .rows('metakockaSyncIssue')
        .map((row) => [row.issueKey, [row.openedDay, row.isOpenCritical ?? false]]),
    );
    expect(issues).toEqual({
      'open-critical': ['2026-11-30', true],
      'open-error': ['2026-11-30', false],
      'resolved-critical': ['2026-07-01', false],
      'ignored-critical': ['2026-12-01', false],
    });
    expect(
      world.standIn.store
        .rows('metakockaSyncRun')
        .map((row) => [row.stream, row.startedDay])
        .sort(),
    ).toEqual([
      ['PARTNERS', '2026-07-01'],
      ['PRODUCTS', '2026-11-30'],
    ]);
    const after = snapshot();
    expect(without(after)).toEqual(without(before));
    expect(appliedSteps(world.standIn)).toEqual([
      ...previous,
      ...MIGRATIONS.map((step) => step.id).filter((id) => !previous.includes(id)),
    ]);

    // A crash between the step and its record runs it again: that writes nothing.
    await trendChartFields.up(createStandInRuntime(world.standIn));
    expect(snapshot()).toEqual(after);
  });
});
