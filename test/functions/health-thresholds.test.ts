// The health check's thresholds (issue 18 item 1): the banner Twenty shows (metakocka-health-check) and the settings
// page's status (health-status) reflect open CRITICAL issues, streams failing N runs in a row and runs that ended with
// issues, with the thresholds a manager saves in the alert settings (audited, naming who saved them).
import { ALERT_ROUTES } from 'plugin/constants/route-paths';
import { CREDENTIAL_ROUTES, MANAGER, MEMBER } from 'test/credentials/route-world';
import { useRouteWorld } from 'test/credentials/world-lifecycle';

const world = useRouteWorld();
let minute = 0;
/** A finished run, each one later than the one before (the health reads the newest first). */
const run = (stream: string, status: string) => {
  minute += 10;
  const startedAt = new Date(Date.UTC(2026, 10, 25, 10, minute));
  world().standIn.seed('metakockaSyncRun', [
    {
      name: `${stream} ${status} ${minute}`,
      stream,
      status,
      isDryRun: false,
      failedCount: status === 'COMPLETED_WITH_ISSUES' ? 1 : 0,
      errorSummary: status === 'FAILED' ? `Metakocka did not answer (run ${minute}).` : null,
      startedAt: startedAt.toISOString(),
      finishedAt: new Date(startedAt.getTime() + 60_000).toISOString(),
    },
  ]);
};
const openCritical = (count: number) =>
  world().standIn.seed(
    'metakockaSyncIssue',
    Array.from({ length: count }, (_, index) => ({
      name: `critical ${index}`,
      issueKey: `critical-${index}`,
      kind: 'ERROR',
      severity: 'CRITICAL',
      status: 'OPEN',
      stream: 'PARTNERS',
      errorCode: 'MK_AUTH',
      message: 'Metakocka refused the secret key.',
    })),
  );
const status = async () => (await world().post(CREDENTIAL_ROUTES.health, {}, MANAGER)).body;
const saveThresholds = (change: Record<string, number>) => world().post(ALERT_ROUTES.save, change, MANAGER);

describe('health thresholds', () => {
  beforeEach(async () => {
    minute = 0;
    await world().connect();
  });

  it('turns red with an open CRITICAL issue, and green again once the manager raises the threshold above it', async () => {
    run('PARTNERS', 'SUCCEEDED');
    openCritical(2);
    expect(await world().harness.healthCheck()).toMatchObject({
      status: 'ERROR',
      title: '2 open CRITICAL sync issues',
    });
    expect(await status()).toMatchObject({
      state: 'CRITICAL_ISSUES',
      alerts: { openCritical: 2, criticalThreshold: 1 },
    });

    expect((await world().post(ALERT_ROUTES.save, { healthCriticalIssues: 3 }, MEMBER)).status).toBe(403);
    expect((await saveThresholds({ healthCriticalIssues: 3 })).status).toBe(200);
    expect(await world().harness.healthCheck()).toMatchObject({ status: 'SUCCESS' });
    const entry = world()
      .rows('metakockaAuditEntry')
      .find((row: any) => row.action === 'alerts.settings-saved')!;
    expect(entry).toMatchObject({ actorWorkspaceMemberId: MANAGER.workspaceMemberId });
    expect(JSON.parse(entry.before).healthCriticalIssues).toBe(1);
    expect(JSON.parse(entry.after).healthCriticalIssues).toBe(3);
  });

  it('calls a stream failing only after N failed runs in a row (3 by default; the saved number after)', async () => {
    run('PARTNERS', 'FAILED');
    run('PARTNERS', 'FAILED');
    expect(await status()).toMatchObject({ state: 'SYNC_FAILED', alerts: { failingStreams: [] } });
    run('PARTNERS', 'FAILED');
    expect(await status()).toMatchObject({ state: 'STREAM_FAILING', alerts: { failingStreams: ['PARTNERS'] } });
    expect(await world().harness.healthCheck()).toMatchObject({
      status: 'ERROR',
      title: 'The partners sync failed 3 times in a row',
      description: expect.stringContaining('Metakocka did not answer (run 30).'),
    });

    await saveThresholds({ failingRunsInARow: 4 });
    expect(await status()).toMatchObject({ state: 'SYNC_FAILED' });
    run('PRODUCTS', 'SUCCEEDED');
    expect(await status()).toMatchObject({ state: 'HEALTHY' });
  });

  it('warns of runs that ended with issues once as many in a row as the threshold says', async () => {
    await saveThresholds({ healthIssueRunsInARow: 2 });
    run('PARTNERS', 'SUCCEEDED');
    run('PRODUCTS', 'COMPLETED_WITH_ISSUES');
    expect(await status()).toMatchObject({ state: 'HEALTHY', alerts: { issueRunsInARow: 1, issueRunsThreshold: 2 } });
    run('PARTNERS', 'COMPLETED_WITH_ISSUES');
    expect(await status()).toMatchObject({ state: 'SYNC_ISSUES', alerts: { issueRunsInARow: 2 } });
    expect(await world().harness.healthCheck()).toMatchObject({ status: 'WARNING' });
  });
});
