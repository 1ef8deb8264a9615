// An action over "everything matching this filter" (issue 17): one page of up to 200 issues is done in the request;
// more runs as a chain of background jobs on Twenty's queue, one page each (like the sync's steps), whose progress and
// final tally (done, and not done by reason) sit in kv for the page to poll. The chain pages with Twenty's cursor over
// createdAt and id, so issues an action moves out of the filter do not shift the pages still to come.
import { randomUUID } from 'node:crypto';

import type { SyncIssueRecord } from 'server/crm';
import type { KvPort } from 'server/host/kv';
import type { ActionTally, InboxFilter, InboxJob } from 'server/routes/contracts';
import type { SyncRuntime } from 'server/sync/ports';
import { isSyncError } from 'server/errors';

import { addTally, applyToIssues, emptyTally, type IssueAction } from './actions';
import { keepSideForIssues } from './conflicts';
import { twentyFilter } from './filter';
import type { InboxRuntime } from './runtime';

/** Twenty's page (QUERY_MAX_RECORDS); also the most one request does before handing over to a job. */
export const BULK_PAGE = 200;

export type BulkWork = IssueAction | { action: 'keep-twenty' } | { action: 'keep-metakocka' };

export interface BulkPayload {
  jobId: string;
  work: BulkWork;
  filter: InboxFilter;
  actor: string | null;
  after: string | null;
}

const jobKey = (jobId: string) => `inbox:job:${jobId}`;

export const readJob = (kv: KvPort, jobId: string) => kv.get<InboxJob>(jobKey(jobId));

function applyWork(rt: SyncRuntime, issues: SyncIssueRecord[], work: BulkWork, actor: string | null) {
  return work.action === 'keep-twenty' || work.action === 'keep-metakocka'
    ? keepSideForIssues(rt, issues, work.action === 'keep-twenty' ? 'twenty' : 'metakocka', actor)
    : applyToIssues(rt, issues, work, actor);
}

export type BulkOutcome = ({ mode: 'done' } & ActionTally) | { mode: 'job'; jobId: string; total: number };

/** Does the work on a filter's issues: at once when they fit one page, else by starting the job chain. */
export async function startBulk(
  inbox: InboxRuntime,
  work: BulkWork,
  filter: InboxFilter,
  actor: string | null,
): Promise<BulkOutcome> {
  const rt = inbox.sync;
  const first = await rt.crm.syncIssues.page(null, BULK_PAGE, twentyFilter(filter));
  if (!first.hasNextPage) return { mode: 'done', ...(await applyWork(rt, first.records, work, actor)) };
  const jobId = randomUUID();
  const job: InboxJob = {
    jobId,
    state: 'running',
    total: first.totalCount,
    processed: 0,
    startedAt: rt.now().toISOString(),
    finishedAt: null,
    failure: null,
    ...emptyTally(work.action),
  };
  await rt.kv.set(jobKey(jobId), job);
  const payload: BulkPayload = { jobId, work, filter, actor, after: null };
  await inbox.enqueueBulk({ ...payload }, `${jobId}:start`);
  return { mode: 'job', jobId, total: first.totalCount };
}

/** One job of the chain: the next page, its tally added, and the next job enqueued while pages remain. */
export async function runBulkPage(inbox: InboxRuntime, payload: BulkPayload): Promise<InboxJob | null> {
  const rt = inbox.sync;
  const job = await readJob(rt.kv, payload.jobId);
  if (!job || job.state !== 'running') return job; // a redelivered job after the end: nothing left to do
  try {
    const page = await rt.crm.syncIssues.page(payload.after, BULK_PAGE, twentyFilter(payload.filter));
    const tally = await applyWork(rt, page.records, payload.work, payload.actor);
    const last = !page.hasNextPage || !page.endCursor;
    const next: InboxJob = {
      ...job,
      ...addTally(job, tally),
      processed: job.processed + page.records.length,
      state: last ? 'done' : 'running',
      finishedAt: last ? rt.now().toISOString() : null,
    };
    await rt.kv.set(jobKey(job.jobId), next);
    if (!last) await inbox.enqueueBulk({ ...payload, after: page.endCursor }, `${job.jobId}:${next.processed}`);
    return next;
  } catch (error) {
    if (isSyncError(error) && error.retryable) throw error; // Twenty delivers this page again
    const failed: InboxJob = {
      ...job,
      state: 'failed',
      finishedAt: rt.now().toISOString(),
      failure: error instanceof Error ? error.message : String(error),
    };
    await rt.kv.set(jobKey(job.jobId), failed);
    throw error;
  }
}

export function parseBulkPayload(input: unknown): BulkPayload {
  const p = (input ?? {}) as Partial<BulkPayload>;
  if (typeof p.jobId !== 'string' || !p.work || typeof p.work.action !== 'string' || typeof p.filter !== 'object')
    throw new Error('inbox-bulk-job expects { jobId, work, filter, actor, after } as the inbox enqueued it.');
  return { jobId: p.jobId, work: p.work, filter: p.filter ?? {}, actor: p.actor ?? null, after: p.after ?? null };
}
