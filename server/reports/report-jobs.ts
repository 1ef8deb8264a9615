// Reports longer than a function run (issue 19 step 2, D95): a chain of jobs on Twenty's queue, each slice reading
// pages until its share of calls is spent. Everything a slice needs sits in one kv entry: the figures so far (money as
// integer minor units per currency), the read cursor and what was spent, checkpointed together every few pages, so a
// slice killed mid-way is redone from the last checkpoint and no page is counted twice. A second request for the same
// report and parameters while one runs joins it; the page polls the entry for progress and then the result.
import { createHash, randomUUID } from 'node:crypto';

import type { CrmGateway } from 'server/crm/gateway';
import type { ErrorLanguage } from 'server/error-catalogue';
import { catalogued, isSyncError, SyncError } from 'server/errors';
import type { AppKv } from 'server/host/kv';

import {
  computeTable,
  contextFor,
  INLINE_SECONDS,
  reportResult,
  SECONDS_PER_CALL,
  type ReportEstimate,
} from './engine';
import type { ReportParameters } from './parameters';
import { advancePass, beginPass, finishPass, type PassCheckpoint } from './pass';
import { createReportReader } from './reader';
import type { ReportResult } from './report';
import type { ReportTemplate } from './template';
import { templateById } from './templates';

export interface ReportJobPolicy {
  /** Twenty calls one slice may make before handing over to the next (well inside a 300 s function run). */
  sliceCalls: number;
  /** Pages between checkpoints inside a slice: what a killed slice can lose and redo. */
  checkpointPages: number;
  /** A running job whose entry has not moved for this long lost its slice (killed): the next poll resumes it. */
  staleMs: number;
}

export const REPORT_JOB_POLICY: ReportJobPolicy = {
  sliceCalls: Math.floor((INLINE_SECONDS * 0.75) / SECONDS_PER_CALL),
  checkpointPages: 10,
  staleMs: 10 * 60_000,
};

export interface ReportJobPorts {
  kv: AppKv;
  /** The app's own token: a job has no caller (D95). */
  gateway: CrmGateway;
  now: () => Date;
  enqueue(payload: ReportSlicePayload, queueJobId: string): Promise<void>;
}

export interface ReportSlicePayload {
  jobId: string;
  slice: number;
}

export interface ReportJobFailure {
  code: string;
  message: string;
  action: string;
}

export class ReportJobNeedsManagerError extends SyncError {
  readonly code = 'REPORT_JOB_NEEDS_MANAGER';
  readonly retryable = false;
  readonly httpStatus = 403;
  constructor(records: number) {
    super(
      catalogued('REPORT_JOB_NEEDS_MANAGER', { records }),
      'Narrow the period, currency or customer so the report runs at once, or ask a member with "Manage Metakocka" to run it (or to schedule it).',
    );
  }
}

export class ReportJobNotFoundError extends SyncError {
  readonly code = 'REPORT_JOB_NOT_FOUND';
  readonly retryable = false;
  readonly httpStatus = 404;
  constructor(jobId: string) {
    super(catalogued('REPORT_JOB_NOT_FOUND', { jobId }), 'Run the report again.');
  }
}

class ReportJobFailedError extends SyncError {
  readonly code = 'REPORT_JOB_FAILED';
  readonly retryable = false;
  constructor(detail: string) {
    super(
      catalogued('REPORT_JOB_FAILED', { detail }),
      'Run the report again; if it fails again, send the message to the app maintainers.',
    );
  }
}

/** How a job failed, worded in both languages when it failed: the page shows the reader's. */
type StoredFailure = { code: string } & Record<ErrorLanguage, { message: string; action: string }>;

function storedFailure(error: unknown): StoredFailure {
  const known = isSyncError(error)
    ? error
    : new ReportJobFailedError(error instanceof Error ? error.message : String(error));
  return { code: known.code, en: known.describe('en'), sl: known.describe('sl') };
}

interface ReportJobEntry {
  jobId: string;
  joinKey: string;
  template: string;
  parameters: ReportParameters;
  groupBy: boolean;
  state: 'running' | 'done' | 'failed';
  /** Which slice owns the job: a slice that finds another number here stops without writing. */
  slice: number;
  recordsEstimated: number;
  startedAt: string;
  updatedAt: string;
  finishedAt: string | null;
  checkpoint: PassCheckpoint | null;
  report: ReportResult | null;
  failure: StoredFailure | null;
}

/** What the report page sees of a job. */
export interface ReportJobView {
  jobId: string;
  state: ReportJobEntry['state'];
  recordsRead: number;
  recordsEstimated: number;
  /** Whole percent of the estimate read; 100 only once done. */
  percent: number;
  startedAt: string;
  finishedAt: string | null;
  report: ReportResult | null;
  failure: ReportJobFailure | null;
}

const jobKey = (jobId: string) => `reports:job:${jobId}`;
const runningKey = (joinKey: string) => `reports:running:${joinKey}`;
/** The jobs kept, newest last: each holds its result, so only the last few stay. */
const JOBS_KEY = 'reports:jobs';
export const JOBS_KEPT = 20;

async function remember(kv: AppKv, jobId: string): Promise<void> {
  const kept = [...((await kv.get<string[]>(JOBS_KEY)) ?? []), jobId];
  const dropped = kept.slice(0, Math.max(0, kept.length - JOBS_KEPT));
  if (dropped.length > 0) await kv.deleteMany(dropped.map(jobKey));
  await kv.set(JOBS_KEY, kept.slice(dropped.length));
}

const canonical = (value: unknown): unknown =>
  Array.isArray(value)
    ? value.map(canonical)
    : value && typeof value === 'object'
      ? Object.fromEntries(
          Object.entries(value)
            .filter(([, v]) => v !== undefined)
            .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
            .map(([k, v]) => [k, canonical(v)]),
        )
      : value;

/** Same template, parameters and read path = the same report: what a second request joins. */
export const reportJoinKey = (template: string, parameters: ReportParameters, groupBy: boolean): string =>
  createHash('sha256')
    .update(JSON.stringify(canonical({ template, parameters, groupBy })))
    .digest('hex')
    .slice(0, 32);

export function jobView(entry: ReportJobEntry, language: ErrorLanguage = 'en'): ReportJobView {
  const recordsRead = entry.report?.cost.recordsRead ?? entry.checkpoint?.cost.read ?? 0;
  const running = entry.state === 'running';
  const share = entry.recordsEstimated > 0 ? Math.floor((recordsRead * 100) / entry.recordsEstimated) : 0;
  return {
    jobId: entry.jobId,
    state: entry.state,
    recordsRead,
    recordsEstimated: entry.recordsEstimated,
    percent: running ? Math.min(99, share) : entry.state === 'done' ? 100 : Math.min(100, share),
    startedAt: entry.startedAt,
    finishedAt: entry.finishedAt,
    report: entry.report,
    failure: entry.failure ? { code: entry.failure.code, ...entry.failure[language] } : null,
  };
}

const readEntry = (kv: AppKv, jobId: string) => kv.get<ReportJobEntry>(jobKey(jobId));

/** The job as stored while it is still this slice's; null once it ended or another slice took it over. */
async function ownEntry(kv: AppKv, entry: ReportJobEntry): Promise<ReportJobEntry | null> {
  const current = await readEntry(kv, entry.jobId);
  return current?.state === 'running' && current.slice === entry.slice ? current : null;
}

/** Gives the job to a new slice that starts from `checkpoint`, and queues it. */
async function handOver(ports: ReportJobPorts, entry: ReportJobEntry, checkpoint: PassCheckpoint | null) {
  const next: ReportJobEntry = { ...entry, checkpoint, slice: entry.slice + 1, updatedAt: ports.now().toISOString() };
  await ports.kv.set(jobKey(entry.jobId), next);
  await ports.enqueue({ jobId: entry.jobId, slice: next.slice }, `${entry.jobId}:${next.slice}`);
  return next;
}

/** The running job for this report and parameters, if one is; resumed first when its slice was lost. */
export async function findRunningReportJob(
  ports: ReportJobPorts,
  joinKey: string,
  language: ErrorLanguage = 'en',
  policy = REPORT_JOB_POLICY,
): Promise<ReportJobView | null> {
  const jobId = await ports.kv.get<string>(runningKey(joinKey));
  const view = jobId ? await readReportJob(ports, jobId, language, policy) : null;
  return view?.state === 'running' ? view : null;
}

export async function startReportJob(
  ports: ReportJobPorts,
  request: { template: string; parameters: ReportParameters; groupBy: boolean; estimate: ReportEstimate },
): Promise<ReportJobView> {
  const now = ports.now().toISOString();
  const joinKey = reportJoinKey(request.template, request.parameters, request.groupBy);
  const entry: ReportJobEntry = {
    jobId: randomUUID(),
    joinKey,
    template: request.template,
    parameters: request.parameters,
    groupBy: request.groupBy,
    state: 'running',
    slice: 0,
    recordsEstimated: request.estimate.records,
    startedAt: now,
    updatedAt: now,
    finishedAt: null,
    checkpoint: null,
    report: null,
    failure: null,
  };
  await ports.kv.set(jobKey(entry.jobId), entry);
  await remember(ports.kv, entry.jobId);
  await ports.kv.set(runningKey(joinKey), entry.jobId);
  await ports.enqueue({ jobId: entry.jobId, slice: 0 }, `${entry.jobId}:0`);
  return jobView(entry);
}

/** The job's progress or result; a running job whose slice was lost (no checkpoint for too long) is resumed. */
export async function readReportJob(
  ports: ReportJobPorts,
  jobId: string,
  language: ErrorLanguage = 'en',
  policy = REPORT_JOB_POLICY,
): Promise<ReportJobView | null> {
  const entry = await readEntry(ports.kv, jobId);
  if (!entry) return null;
  if (entry.state === 'running' && ports.now().getTime() - Date.parse(entry.updatedAt) > policy.staleMs)
    return jobView(await handOver(ports, entry, entry.checkpoint), language);
  return jobView(entry, language);
}

async function finishJob(ports: ReportJobPorts, entry: ReportJobEntry, outcome: Partial<ReportJobEntry>) {
  const now = ports.now().toISOString();
  const ended: ReportJobEntry = { ...entry, ...outcome, checkpoint: null, updatedAt: now, finishedAt: now };
  await ports.kv.set(jobKey(entry.jobId), ended);
  await ports.kv.delete(runningKey(entry.joinKey));
  return ended;
}

/** Computes one slice; answers the entry as the slice left it (unchanged when the slice was not the job's). */
async function computeSlice(
  ports: ReportJobPorts,
  policy: ReportJobPolicy,
  entry: ReportJobEntry,
  template: ReportTemplate,
): Promise<ReportJobEntry> {
  const reader = createReportReader(ports.gateway, undefined, entry.checkpoint?.cost);
  // Aging counts days from the day the job started, however many days its slices take.
  const ctx = contextFor(
    { gateway: ports.gateway, now: () => new Date(entry.startedAt), groupBy: entry.groupBy },
    reader,
  );
  const params = entry.parameters;
  const pass = 'pass' in template && !(entry.groupBy && template.groupBy) ? template.pass : null;
  if (!pass) {
    // A template without a pass (or answered by group-by) cannot be sliced: it runs whole in this slice.
    const report = await reportResult(template, params, reader, await computeTable(template, ctx, params), ports.now());
    return finishJob(ports, entry, { state: 'done', report });
  }
  const keep = async (checkpoint: PassCheckpoint) => {
    const current = await ownEntry(ports.kv, entry);
    if (current)
      await ports.kv.set(jobKey(entry.jobId), { ...current, checkpoint, updatedAt: ports.now().toISOString() });
    return current !== null;
  };
  const from = entry.checkpoint ?? (await beginPass(template, pass, ctx, params));
  const reached = await advancePass(pass, ctx, params, from, {
    maxCalls: policy.sliceCalls,
    every: policy.checkpointPages,
    keep,
  });
  if (!reached) return entry;
  if (reached.done) {
    const table = { ...(await finishPass(pass, ctx, params, reached)), path: 'paged' as const };
    const report = await reportResult(template, params, reader, { table, openIssues: reached.openIssues }, ports.now());
    return finishJob(ports, entry, { state: 'done', report });
  }
  const current = await ownEntry(ports.kv, entry);
  return current ? handOver(ports, current, reached) : entry;
}

/** One slice of a report job, run by the report-job function on Twenty's queue. */
export async function runReportSlice(
  ports: ReportJobPorts,
  payload: ReportSlicePayload,
  policy = REPORT_JOB_POLICY,
): Promise<ReportJobView | null> {
  const entry = await readEntry(ports.kv, payload.jobId);
  // Delivered again after the job ended, or a slice the job has moved past: nothing to do.
  if (!entry || entry.state !== 'running' || entry.slice !== payload.slice) return entry ? jobView(entry) : null;
  try {
    return jobView(await computeSlice(ports, policy, entry, templateById(entry.template)));
  } catch (error) {
    if (isSyncError(error) && error.retryable) throw error; // Twenty delivers this slice again, from its checkpoint
    const latest = (await readEntry(ports.kv, payload.jobId)) ?? entry;
    await finishJob(ports, latest, { state: 'failed', failure: storedFailure(error) });
    throw error;
  }
}

export function parseReportSlicePayload(input: unknown): ReportSlicePayload {
  const p = (input ?? {}) as Partial<ReportSlicePayload>;
  if (typeof p.jobId !== 'string' || typeof p.slice !== 'number' || !Number.isInteger(p.slice))
    throw new Error('report-job expects { jobId, slice } as the report route enqueued it.');
  return { jobId: p.jobId, slice: p.slice };
}
