// Upgrading an install of 0.2.0 that holds sync issues (issue 17): each issue gets the severity its code has in the
// error catalogue and its cause key, so the inbox can filter and group them; nothing else in the workspace changes,
// and running the step again writes nothing.
import issueSeverityAndCause from 'migrations/0007-issue-severity-and-cause';
import { MIGRATIONS } from 'migrations/index';
import { ensureBuiltOutput } from 'test/twenty/harness';
import { createStandInRuntime } from 'test/twenty/harness/stand-in-runtime';
import { useHarnessWorld } from 'test/twenty/harness/use-harness-world';
import { appliedSteps, seedInstalledVersion } from 'test/migrations/support/installed-version';
import { rowsOf, withoutFields } from 'test/migrations/support/rows';

const world = useHarnessWorld(ensureBuiltOutput, { buildTimeoutMs: 300_000 });

const OBJECTS = ['company', 'metakockaSyncIssue', 'metakockaAuditEntry'];

/** What 0.2.0 left behind: migrations 0001–0003 recorded, a company and issues without severity or cause. */
function seedPreviousVersion() {
  const { standIn } = world;
  const previous = seedInstalledVersion(standIn, '0.2.0');
  standIn.seed('company', [{ name: 'Kovinarstvo Novak d.o.o.', metakockaPartnerId: '9001' }]);
  const common = { status: 'OPEN', stream: 'PARTNERS', message: 'seen before the upgrade', attempts: 3 };
  standIn.seed('metakockaSyncIssue', [
    { ...common, issueKey: 'a', name: 'a', kind: 'ERROR', severity: 'ERROR', errorCode: 'MK_AUTH' },
    { ...common, issueKey: 'b', name: 'b', kind: 'ERROR', severity: 'ERROR', errorCode: 'MK_VALIDATION' },
    {
      ...common,
      issueKey: 'c',
      name: 'c',
      kind: 'CONFLICT',
      severity: 'WARNING',
      errorCode: 'CONFLICT',
      conflictField: 'name',
    },
    {
      ...common,
      issueKey: 'd',
      name: 'd',
      kind: 'ERROR',
      severity: 'ERROR',
      errorCode: 'RECORD_EXCLUDED',
      status: 'RESOLVED',
    },
    { ...common, issueKey: 'e', name: 'e', kind: 'ERROR', severity: 'ERROR', errorCode: 'SOMETHING_RETIRED' },
  ]);
  return previous;
}

const snapshot = () => rowsOf(world.standIn.store, OBJECTS);

/** What 0007 writes, and the trends chart fields migration 0009 fills on the same issues (its own test checks them). */
const CHANGED = ['severity', 'causeKey', 'updatedAt', 'updatedBy', 'openedDay', 'isOpenCritical'];
const without = (rows: Parameters<typeof withoutFields>[0]) => withoutFields(rows, CHANGED);

describe('upgrade to migration 0007 with issues in the workspace', () => {
  it('sets each issue’s severity from its code and its cause key, and loses nothing', async () => {
    const previous = seedPreviousVersion();
    const before = snapshot();

    const upgrade = await world.harness.install({ previousVersion: '0.2.0' });

    expect(upgrade).toMatchObject({ ran: true, ok: true });
    const byKey = Object.fromEntries(
      world.standIn.store.rows('metakockaSyncIssue').map((row) => [row.issueKey, [row.severity, row.causeKey]]),
    );
    expect(byKey).toEqual({
      a: ['CRITICAL', 'MK_AUTH'], // refused credentials stop the stream
      b: ['ERROR', 'MK_VALIDATION'],
      c: ['WARNING', 'CONFLICT:name'],
      d: ['INFO', 'RECORD_EXCLUDED'],
      e: ['ERROR', 'SOMETHING_RETIRED'], // a code this version no longer knows
    });
    const after = snapshot();
    expect(without(after)).toEqual(without(before));
    expect(appliedSteps(world.standIn)).toEqual([
      ...previous,
      ...MIGRATIONS.map((step) => step.id).filter((id) => !previous.includes(id)),
    ]);

    // A crash between the step and its record runs it again: that writes nothing.
    await issueSeverityAndCause.up(createStandInRuntime(world.standIn));
    expect(snapshot()).toEqual(after);
  });
});
