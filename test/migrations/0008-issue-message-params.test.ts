// Upgrading an install of 0.3.0 that holds sync issues (issue 15): each issue gets the message parameters its stored
// fields still tell (none needed for a code whose sentence has no placeholder, the field of a one-field conflict), so
// the app words it in each member's language; an issue whose parameters lived only in its English sentence keeps it.
// Nothing else in the workspace changes, and running the step again writes nothing.
import issueMessageParams from 'migrations/0008-issue-message-params';
import { MIGRATIONS } from 'migrations/index';
import { renderError } from 'server/error-catalogue';
import { ensureBuiltOutput } from 'test/twenty/harness';
import { createStandInRuntime } from 'test/twenty/harness/stand-in-runtime';
import { useHarnessWorld } from 'test/twenty/harness/use-harness-world';
import { appliedSteps, seedInstalledVersion } from 'test/migrations/support/installed-version';
import { rowsOf, withoutFields } from 'test/migrations/support/rows';

const world = useHarnessWorld(ensureBuiltOutput, { buildTimeoutMs: 300_000 });

const OBJECTS = ['company', 'metakockaSyncIssue', 'metakockaSyncRun', 'metakockaAuditEntry'];

/** What 0.3.0 left behind: migrations up to 0007 recorded, a company, a run and issues worded in English only. */
function seedPreviousVersion() {
  const { standIn } = world;
  const previous = seedInstalledVersion(standIn, '0.3.0');
  standIn.seed('company', [{ name: 'Kovinarstvo Novak d.o.o.', metakockaPartnerId: '9001' }]);
  const common = { status: 'OPEN', stream: 'PARTNERS', attempts: 2, severity: 'ERROR', suggestedAction: 'As before.' };
  standIn.seed('metakockaSyncIssue', [
    {
      ...common,
      issueKey: 'excluded',
      name: 'excluded',
      kind: 'ERROR',
      errorCode: 'WORKFLOW_WRITES_OFF',
      message: 'seen before the upgrade',
    },
    {
      ...common,
      issueKey: 'refused',
      name: 'refused',
      kind: 'ERROR',
      errorCode: 'MK_REFUSED',
      message: "Metakocka refused the request (opr_code 6) during add_partner: Profit center 'X' doesn't exist.",
    },
    {
      ...common,
      issueKey: 'name-conflict',
      name: 'name-conflict',
      kind: 'CONFLICT',
      severity: 'WARNING',
      errorCode: 'CONFLICT',
      conflictField: 'name',
      recordObject: 'company',
      message: '"name" changed in both Twenty and Metakocka since the last sync; nothing was written on either side.',
    },
    {
      ...common,
      issueKey: 'binding-conflict',
      name: 'binding-conflict',
      kind: 'CONFLICT',
      severity: 'WARNING',
      errorCode: 'CONFLICT',
      conflictField: 'binding',
      recordObject: 'company',
      message:
        "The company's Metakocka binding changed outside the sync (last synced: partner 9001; now: partner 9002); " +
        'nothing was written to Metakocka or Twenty for it.',
    },
    { ...common, issueKey: 'retired', name: 'retired', kind: 'ERROR', errorCode: 'SOMETHING_RETIRED', message: 'x' },
  ]);
  return previous;
}

const snapshot = () => rowsOf(world.standIn.store, OBJECTS);

// messageParams is this step's; the Ljubljana-day chart fields are the next step's (0009), which the upgrade runs too.
const CHANGED = ['messageParams', 'openedDay', 'isOpenCritical', 'updatedAt', 'updatedBy'];
const without = (rows: Parameters<typeof withoutFields>[0]) => withoutFields(rows, CHANGED);

describe('upgrade to migration 0008 with issues in the workspace', () => {
  it('keeps the parameters each issue still tells, and loses nothing', async () => {
    const previous = seedPreviousVersion();
    const before = snapshot();

    const upgrade = await world.harness.install({ previousVersion: '0.3.0' });

    expect(upgrade).toMatchObject({ ran: true, ok: true });
    const rows = world.standIn.store.rows('metakockaSyncIssue');
    const params = Object.fromEntries(rows.map((row) => [row.issueKey, row.messageParams ?? null]));
    expect(params).toEqual({
      excluded: {}, // its sentence needs no parameter
      refused: null, // Metakocka's words were only in the English sentence: shown as stored
      'name-conflict': { change: 'field', field: 'name', next: 'choose' },
      'binding-conflict': null,
      retired: null, // a code this version no longer knows
    });
    // What the migration kept words the conflict as before, and in Slovenian for a Slovenian member.
    const conflict = rows.find((row) => row.issueKey === 'name-conflict')!;
    expect(renderError('CONFLICT', conflict.messageParams as Record<string, string>)).toBe(conflict.message);
    const after = snapshot();
    expect(without(after)).toEqual(without(before));
    expect(appliedSteps(world.standIn)).toEqual([
      ...previous,
      ...MIGRATIONS.map((step) => step.id).filter((id) => !previous.includes(id)),
    ]);

    await issueMessageParams.up(createStandInRuntime(world.standIn));
    expect(snapshot()).toEqual(after);
  });
});
