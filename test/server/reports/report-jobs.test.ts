// Issue 19 step 2: a report longer than one function run is answered with a background job; its slices checkpoint
// the figures and the read cursor, the page's follow-up asks see the records read advance, and the result equals the
// report run at once on the same data (documents, lines, open sync issues and sync runs seeded into the stand-in).
// The job path is reached with a lowered threshold injected here (the 300 s rule is unchanged); the slices are the
// report-job function's handler, run in order as Twenty's queue would.

import type { CrmGateway } from 'server/crm/gateway';
import { SyncError } from 'server/errors';
import type { Clock } from 'server/host/runtime';
import type { RouteRequest } from 'server/host/route';
import type { AppRuntime } from 'server/host/runtime';
import { reportJobPortsFor } from 'server/reports/job-runtime';
import { runReportSlice, type ReportSlicePayload } from 'server/reports/report-jobs';
import { kpisRoute, runReportRoute, type ReportLimits } from 'server/routes/reports';
import type { KpisAnswer, ReportJobView, RunReportAnswer } from 'server/routes/contracts';

import { MANAGER } from 'test/e2e/sync-world';
import { put, seedDocuments } from 'test/support/seeded-documents';
import { createStandInRuntime, recordingJobsPort } from 'test/twenty/harness/stand-in-runtime';
import { startStandIn, type StandIn } from 'test/twenty/stand-in';

jest.setTimeout(120_000);
let standIn: StandIn;
const TODAY = '2026-12-07';
/** About 1,350 revenue documents and 500 open receivables: pages enough for several slices. */
const DOCUMENTS = 3000;
const COMPANIES = Array.from({ length: 30 }, (_, i) => `20000000-0000-4000-8000-${String(i).padStart(12, '0')}`);

/** Every report runs as a job; a slice reads one page (and what that page needs) and checkpoints after it. */
const LOW: ReportLimits = { inlineSeconds: 0, job: { sliceCalls: 1, checkpointPages: 1, staleMs: 60_000 } };
/** Slices of a few pages, checkpointed after each: a slice can die between two checkpoints. */
const KILLABLE: ReportLimits = { inlineSeconds: 0, job: { ...LOW.job, sliceCalls: 4 } };
const NEVER: ReportLimits = { inlineSeconds: Number.MAX_SAFE_INTEGER, job: LOW.job };

const caller = {
  userWorkspaceId: 'uw-manager',
  workspaceMemberId: MANAGER.workspaceMemberId,
  permissionFlags: MANAGER.flags,
};
const request = (body: object): RouteRequest => ({
  method: 'POST',
  path: '/metakocka/reports/run',
  body,
  query: {},
  params: {},
  headers: {},
  rawBody: undefined,
  caller,
});

function setup() {
  const jobs = recordingJobsPort();
  let nowMs = Date.parse('2026-12-07T10:00:00Z');
  const clock: Clock = { now: () => new Date(nowMs) };
  const app: AppRuntime = createStandInRuntime(standIn, { jobs, clock });
  let taken = 0;
  /** The slices queued since the last call, in order. */
  const queued = (): ReportSlicePayload[] => {
    const fresh = jobs.enqueued
      .slice(taken)
      .flatMap((call) => call.jobs.map((job) => job.payload as unknown as ReportSlicePayload));
    taken = jobs.enqueued.length;
    return fresh;
  };
  const ask = async (body: object, limits: ReportLimits) =>
    (await runReportRoute(request(body), app, limits)) as RunReportAnswer;
  const advance = (ms: number) => (nowMs += ms);
  return { app, queued, ask, advance };
}

const asJob = (answer: RunReportAnswer): ReportJobView => {
  if (answer.mode !== 'job') throw new Error('expected a background job');
  return answer.job;
};

describe('reports longer than a function run', () => {
  const period = { from: '2022-12', to: '2026-12' };
  beforeAll(async () => {
    standIn = await startStandIn();
    put(
      standIn,
      'company',
      COMPANIES.map((id, i) => ({ id, name: `Kupec ${i} d.o.o.` })),
    );
    seedDocuments(standIn, DOCUMENTS, TODAY, COMPANIES);
    // Open issues on every 25th document (and one resolved), and a finished documents run: what the facts rest on.
    put(
      standIn,
      'metakockaSyncIssue',
      Array.from({ length: 40 }, (_, i) => ({
        issueKey: `seed:${i}`,
        status: i === 0 ? 'RESOLVED' : 'OPEN',
        recordObject: 'metakockaSalesDocument',
        salesDocumentId: `00000000-0000-4000-8000-${String(i * 25).padStart(12, '0')}`,
      })),
    );
    put(standIn, 'metakockaSyncRun', [
      { stream: 'DOCUMENTS', status: 'SUCCEEDED', isDryRun: false, finishedAt: '2026-12-07T06:00:00.000Z' },
      { stream: 'PARTNERS', status: 'SUCCEEDED', isDryRun: false, finishedAt: '2026-12-07T05:00:00.000Z' },
      { stream: 'PRODUCTS', status: 'SUCCEEDED', isDryRun: false, finishedAt: '2026-12-07T05:30:00.000Z' },
    ]);
  });
  afterAll(async () => {
    await standIn?.close();
  });

  it.each([
    ['sales-by-month', false],
    ['sales-by-customer', true],
    ['sales-by-product', true],
    ['receivables-aging', true],
  ] as const)(
    '%s: answered with a job whose progress advances and whose figures equal the inline run',
    async (template, groupBy) => {
      const { app, queued, ask } = setup();
      const body = { template, parameters: template === 'receivables-aging' ? {} : { period }, groupBy };
      const inline = await ask(body, NEVER);
      if (inline.mode !== 'inline') throw new Error('expected the report at once');
      expect(inline.report.rows.length).toBeGreaterThan(0);
      expect(inline.report.dataAsOf).not.toBeNull();
      expect(inline.report.openIssues).toBeGreaterThan(0);

      const started = asJob(await ask(body, LOW));
      expect(started).toMatchObject({ state: 'running', recordsRead: 0, percent: 0, report: null });
      expect(started.recordsEstimated).toBeGreaterThan(0);
      // The same report asked again while it runs joins it: no second job.
      const again = await ask(body, LOW);
      expect(again).toMatchObject({ mode: 'job', joined: true, job: { jobId: started.jobId } });

      const progress: number[] = [];
      let slices = 0;
      for (let next = queued(); next.length > 0; next = queued()) {
        expect(next).toHaveLength(1); // one slice at a time, never two of the same job
        await runReportSlice(reportJobPortsFor(app), next[0]!, LOW.job);
        slices += 1;
        const seen = asJob(await ask({ ...body, job: started.jobId }, LOW));
        progress.push(seen.recordsRead);
        if (seen.state === 'running') expect(seen.percent).toBeLessThan(100);
      }
      expect(slices).toBeGreaterThan(2);
      expect(progress).toEqual([...progress].sort((a, b) => a - b));
      expect(new Set(progress).size).toBe(progress.length);

      const done = asJob(await ask({ ...body, job: started.jobId }, LOW));
      expect(done).toMatchObject({ state: 'done', percent: 100, failure: null });
      expect(done.report!.rows).toEqual(inline.report.rows);
      expect(done.report!.openIssues).toBe(inline.report.openIssues);
      expect(done.report!.dataAsOf).toBe(inline.report.dataAsOf);
      expect(done.report!.cost.recordsRead).toBe(inline.report.cost.recordsRead);
      // Once done, the same request starts afresh rather than joining the finished one.
      expect(asJob(await ask(body, LOW)).jobId).not.toBe(started.jobId);
    },
  );

  it('resumes a job whose slice was killed mid-way from its last checkpoint, counting no page twice', async () => {
    const { app, queued, ask, advance } = setup();
    const body = { template: 'sales-by-month', parameters: { period, currency: 'EUR' }, groupBy: false };
    const inline = await ask(body, NEVER);
    if (inline.mode !== 'inline') throw new Error('expected the report at once');
    const started = asJob(await ask(body, KILLABLE));
    const ports = reportJobPortsFor(app);

    await runReportSlice(ports, queued()[0]!, KILLABLE.job); // opens the job and reads its first pages
    const [second] = queued();
    expect(second).toBeDefined();
    // The next slice dies on its second call: its first page's checkpoint is written, the second page is lost.
    let calls = 0;
    const dying: CrmGateway = {
      ...ports.gateway,
      request: async (...args: Parameters<CrmGateway['request']>) => {
        calls += 1;
        if (calls > 1) throw new Killed();
        return ports.gateway.request(...args);
      },
    } as CrmGateway;
    await expect(runReportSlice({ ...ports, gateway: dying }, second!, KILLABLE.job)).rejects.toThrow(Killed);
    expect(queued()).toHaveLength(0); // nobody queued the rest: the job is stuck until someone looks
    const stuck = asJob(await ask({ ...body, job: started.jobId }, KILLABLE));
    expect(stuck.state).toBe('running');

    advance(KILLABLE.job.staleMs + 1); // the page asks again later: the lost slice is noticed and the job resumed
    asJob(await ask({ ...body, job: started.jobId }, KILLABLE));
    for (let next = queued(); next.length > 0; next = queued()) await runReportSlice(ports, next[0]!, KILLABLE.job);
    // The dead slice redelivered after the resume finds the job moved on and changes nothing.
    await runReportSlice(ports, second!, KILLABLE.job);
    const done = asJob(await ask({ ...body, job: started.jobId }, KILLABLE));
    expect(done.state).toBe('done');
    expect(done.report!.rows).toEqual(inline.report.rows);
  });

  it('the KPI answer says data as of: the oldest last completed run of the streams the KPIs read', async () => {
    const { app } = setup();
    const answer = (await kpisRoute({ ...request({}), method: 'GET', query: { periods: '2' } }, app)) as KpisAnswer;
    // Documents last finished at 06:00, partners at 05:00 (sales by customer reads them); products are not read.
    expect(answer.dataAsOf).toBe('2026-12-07T05:00:00.000Z');
  });
});

/** Stands for the function run being killed: retryable, so the slice leaves its checkpoint as the kill would. */
class Killed extends SyncError {
  readonly code = 'TWENTY_UNAVAILABLE';
  readonly retryable = true;
  constructor() {
    super('The function run was killed (test).', 'Nothing: the job resumes from its checkpoint.');
  }
}
