// The health check's threshold facts (issue 18 item 1) read from the newest runs of all streams at once: against the
// Twenty stand-in, the same facts as one read per stream (how the alert job still reads them), in fewer reads.
import { currentCauses } from 'server/alerts/causes';
import { alertHealth, newestRunsByStream } from 'server/alerts/health-facts';
import { DEFAULT_ALERT_SETTINGS } from 'server/alerts/settings';
import { createCrm } from 'server/crm';
import { newestFinishedRunsOfAnyStream, openCriticalIssues } from 'server/crm/alert-reads';
import { ensureBuiltOutput } from 'test/twenty/harness';
import { useHarnessWorld } from 'test/twenty/harness/use-harness-world';
import { memoryKv } from 'test/twenty/stand-in/memory-crm';

const world = useHarnessWorld(ensureBuiltOutput, { buildTimeoutMs: 300_000 });
const gateway = () => createCrm({ apiUrl: world.standIn.url, token: world.standIn.apiKey }).gateway;
const kv = memoryKv();

let minute = 0;
/** A finished run, later than the one before. */
const run = (stream: string, status: string, isDryRun = false) => {
  minute += 10;
  const startedAt = new Date(Date.UTC(2026, 10, 25, 10, minute));
  world.standIn.seed('metakockaSyncRun', [
    {
      name: `${stream} ${status} ${minute}`,
      stream,
      status,
      isDryRun,
      startedAt: startedAt.toISOString(),
      finishedAt: new Date(startedAt.getTime() + 60_000).toISOString(),
    },
  ]);
};

const readsOf = async <T>(read: () => Promise<T>): Promise<{ value: T; reads: number }> => {
  world.standIn.calls.reset();
  const value = await read();
  return { value, reads: world.standIn.calls.total() };
};

/** The facts as the health check read them before: the critical issues, one read per stream, the newest runs. */
async function perStreamFacts() {
  const { failingRunsInARow, healthIssueRunsInARow } = DEFAULT_ALERT_SETTINGS;
  const [critical, runsByStream, newest] = await Promise.all([
    openCriticalIssues(gateway()),
    newestRunsByStream(gateway(), failingRunsInARow),
    newestFinishedRunsOfAnyStream(gateway(), healthIssueRunsInARow),
  ]);
  const failing = currentCauses({ openCritical: [], runsByStream, failingRunsInARow });
  return {
    openCritical: critical.totalCount,
    failingStreams: failing.map((cause) => cause.stream),
    newestStatus: newest[0]?.status,
  };
}

const facts = (health: Awaited<ReturnType<typeof alertHealth>>) => ({
  openCritical: health.openCritical,
  failingStreams: health.failingStreams,
  issueRunsInARow: health.issueRunsInARow,
});

describe('health threshold facts', () => {
  beforeEach(() => {
    minute = 0;
    const critical = { kind: 'ERROR', severity: 'CRITICAL', status: 'OPEN', stream: 'PARTNERS', message: 'refused' };
    world.standIn.seed('metakockaSyncIssue', [{ ...critical, name: 'critical', issueKey: 'critical' }]);
  });

  it('names the failing stream as the per-stream reads do, in 3 reads instead of 6 when one stream never runs', async () => {
    for (let round = 0; round < 5; round += 1) {
      run('PARTNERS', round >= 2 ? 'FAILED' : 'SUCCEEDED');
      run('PRODUCTS', 'SUCCEEDED');
      run('DOCUMENTS', 'COMPLETED_WITH_ISSUES');
    }
    run('PRODUCTS', 'FAILED', true); // a dry run alerts nobody
    run('DOCUMENTS', 'COMPLETED_WITH_ISSUES');

    const before = await readsOf(perStreamFacts);
    const after = await readsOf(() => alertHealth(gateway(), kv));

    expect(before.value).toEqual({
      openCritical: 1,
      failingStreams: ['PARTNERS'],
      newestStatus: 'COMPLETED_WITH_ISSUES',
    });
    expect(facts(after.value)).toEqual({ openCritical: 1, failingStreams: ['PARTNERS'], issueRunsInARow: 1 });
    expect(before.reads).toBe(6);
    // The critical count, the newest runs of all streams, and the stock stream read apart: it has no run among them.
    expect(after.reads).toBe(3);
  });

  it('reads twice when every stream ran lately, and still finds a stream that failed long ago', async () => {
    run('STOCK', 'FAILED');
    run('STOCK', 'FAILED');
    run('STOCK', 'FAILED');
    for (let round = 0; round < 4; round += 1)
      for (const stream of ['PARTNERS', 'PRODUCTS', 'DOCUMENTS']) run(stream, 'SUCCEEDED');
    const longAgo = await readsOf(() => alertHealth(gateway(), kv));
    expect(facts(longAgo.value)).toMatchObject({ failingStreams: ['STOCK'] });
    expect((await perStreamFacts()).failingStreams).toEqual(['STOCK']);

    run('STOCK', 'SUCCEEDED');
    const lately = await readsOf(() => alertHealth(gateway(), kv));
    expect(facts(lately.value)).toMatchObject({ failingStreams: [], issueRunsInARow: 0 });
    expect(lately.reads).toBe(2);
  });
});
