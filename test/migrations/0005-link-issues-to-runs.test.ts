// Upgrading an install of 0.2.0 that holds runs and issues (issue 16 item 5): each issue is linked to the run of its
// stream that raised it and the one that last saw it, a run's detail then lists them, and nothing else changes.
import linkIssuesToRuns from 'migrations/0005-link-issues-to-runs';
import { ensureBuiltOutput } from 'test/twenty/harness';
import { createStandInRuntime } from 'test/twenty/harness/stand-in-runtime';
import { useHarnessWorld } from 'test/twenty/harness/use-harness-world';
import { appliedSteps, seedInstalledVersion } from 'test/migrations/support/installed-version';

const world = useHarnessWorld(ensureBuiltOutput, { buildTimeoutMs: 300_000 });

const run = (stream: string, startedAt: string, finishedAt: string) => ({
  name: `${stream} run ${startedAt}`,
  stream,
  direction: 'PULL',
  trigger: 'SCHEDULE',
  status: 'SUCCEEDED',
  startedAt,
  finishedAt,
});

const issue = (issueKey: string, stream: string, firstSeenAt: string | null, lastSeenAt: string | null) => ({
  issueKey,
  name: issueKey,
  kind: 'ERROR',
  severity: 'ERROR',
  status: 'OPEN',
  stream,
  message: 'Metakocka refused the record.',
  firstSeenAt,
  lastSeenAt,
});

function seedPreviousVersion() {
  const { standIn } = world;
  seedInstalledVersion(standIn, '0.2.0');
  const [partnersEarly, partnersLate, products] = standIn.seed('metakockaSyncRun', [
    run('PARTNERS', '2026-12-01T08:00:00.000Z', '2026-12-01T08:05:00.000Z'),
    run('PARTNERS', '2026-12-01T09:00:00.000Z', '2026-12-01T09:04:00.000Z'),
    run('PRODUCTS', '2026-12-01T08:30:00.000Z', '2026-12-01T08:40:00.000Z'),
  ]);
  standIn.seed('metakockaSyncIssue', [
    issue('partners:company:1:MK_REFUSED', 'PARTNERS', '2026-12-01T08:02:00.000Z', '2026-12-01T09:01:00.000Z'),
    issue('partners:company:2:MK_REFUSED', 'PARTNERS', '2026-12-01T09:02:00.000Z', '2026-12-01T09:02:00.000Z'),
    issue('products:metakockaProduct:7:MAPPING', 'PRODUCTS', '2026-12-01T08:31:00.000Z', '2026-12-01T08:31:00.000Z'),
    // Before any run of its stream: left unlinked.
    issue('partners:company:3:MK_REFUSED', 'PARTNERS', '2026-11-30T08:00:00.000Z', '2026-11-30T08:00:00.000Z'),
  ]);
  return { partnersEarly: partnersEarly!.id, partnersLate: partnersLate!.id, products: products!.id };
}

const issues = () =>
  Object.fromEntries(
    world.standIn.store
      .rows('metakockaSyncIssue')
      .map((row: Record<string, any>) => [row.issueKey, [row.firstRunId ?? null, row.lastRunId ?? null]]),
  );

/** Without what this upgrade writes (the run links) and what the later migrations 0007 and 0009 set on the same
 *  records (severity and cause key; the trends chart fields; their own tests check them). */
const withoutRunLinks = () =>
  JSON.parse(
    JSON.stringify(
      ['metakockaSyncRun', 'metakockaSyncIssue'].map((object) =>
        world.standIn.store
          .rows(object)
          .map(
            ({
              firstRunId,
              lastRunId,
              updatedAt,
              updatedBy,
              severity,
              causeKey,
              openedDay,
              isOpenCritical,
              startedDay,
              ...rest
            }: Record<string, unknown>) => rest,
          ),
      ),
    ),
  );

describe('upgrade to migration 0005 with runs and issues in the workspace', () => {
  it('links each issue to the run that raised it and the run that last saw it, and loses nothing', async () => {
    const runs = seedPreviousVersion();
    const before = withoutRunLinks();

    const upgrade = await world.harness.install({ previousVersion: '0.2.0' });

    expect(upgrade).toMatchObject({ ran: true, ok: true });
    expect(issues()).toEqual({
      'partners:company:1:MK_REFUSED': [runs.partnersEarly, runs.partnersLate],
      'partners:company:2:MK_REFUSED': [runs.partnersLate, runs.partnersLate],
      'products:metakockaProduct:7:MAPPING': [runs.products, runs.products],
      'partners:company:3:MK_REFUSED': [null, null],
    });
    expect(withoutRunLinks()).toEqual(before);
    expect(appliedSteps(world.standIn)).toContain('0005');

    // A crash between the step and its record runs it again: that writes nothing.
    const after = JSON.parse(JSON.stringify(world.standIn.store.rows('metakockaSyncIssue')));
    await linkIssuesToRuns.up(createStandInRuntime(world.standIn));
    expect(JSON.parse(JSON.stringify(world.standIn.store.rows('metakockaSyncIssue')))).toEqual(after);
  });
});
