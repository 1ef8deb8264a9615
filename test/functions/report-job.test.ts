// report-job (issue 19 step 2, D95): one slice of a report longer than a function run, in the built app. A slice
// killed mid-way and delivered again resumes from its last checkpoint (figures and read cursor saved together), and
// the finished report's figures equal the same report run at once on the same data.
import { crmGatewayFor } from 'server/host/crm-gateway';
import { runReport } from 'server/reports/engine';
import { reportJobPortsFor } from 'server/reports/job-runtime';
import { readReportJob, startReportJob } from 'server/reports/report-jobs';
import { put, seedDocuments } from 'test/support/seeded-documents';
import { ensureBuiltOutput } from 'test/twenty/harness';
import { createStandInRuntime, recordingJobsPort } from 'test/twenty/harness/stand-in-runtime';
import { useHarnessWorld } from 'test/twenty/harness/use-harness-world';

const world = useHarnessWorld(ensureBuiltOutput, { buildTimeoutMs: 300_000 });
jest.setTimeout(300_000);

describe('report-job', () => {
  it('resumes a slice killed mid-way from its checkpoint and ends with the inline run’s figures', async () => {
    await world.harness.install();
    seedDocuments(world.standIn, 10_000, '2026-12-07');
    put(world.standIn, 'metakockaSyncRun', [
      { stream: 'DOCUMENTS', status: 'SUCCEEDED', isDryRun: false, finishedAt: '2026-12-07T06:00:00.000Z' },
    ]);
    const jobs = recordingJobsPort();
    const app = createStandInRuntime(world.standIn, { jobs });
    const parameters = { period: { from: '2022-12', to: '2026-12' } };
    const inline = await runReport('sales-by-month', parameters, {
      gateway: crmGatewayFor(app, 'application'),
      now: () => app.clock.now(),
      groupBy: false,
    });
    expect(inline.cost.recordsRead).toBeGreaterThan(4_000); // more than 20 pages: two checkpoints in one slice

    const started = await startReportJob(reportJobPortsFor(app), {
      template: 'sales-by-month',
      parameters,
      groupBy: false,
      estimate: { records: inline.cost.recordsRead, twentyCalls: 0, seconds: 0, runsAsJob: true },
    });
    const first = jobs.enqueued[0]!.jobs[0]!;
    world.harness.enqueue('report-job', first.payload!, { jobId: first.jobId! });

    // Killed after 20 requests: past the checkpoint at page 10, before the one at page 20.
    world.harness.crashAfterRequests(20, { functionName: 'report-job' });
    expect(await world.harness.drainJobs()).toMatchObject({ ran: 1, failed: 1 });
    const stuck = await readReportJob(reportJobPortsFor(app), started.jobId);
    expect(stuck).toMatchObject({ state: 'running', recordsRead: 2_000 });

    // Twenty hands a job whose worker died to another worker: the same slice again.
    expect(world.harness.redeliverCrashedJobs()).toBe(1);
    expect((await world.harness.drainJobs()).failed).toBe(0);

    const done = await readReportJob(reportJobPortsFor(app), started.jobId);
    expect(done).toMatchObject({ state: 'done', percent: 100, failure: null });
    expect(done!.report!.rows).toEqual(inline.rows);
    expect(done!.report!.cost.recordsRead).toBe(inline.cost.recordsRead);
    expect(done!.report!.dataAsOf).toBe('2026-12-07T06:00:00.000Z');
  });
});
