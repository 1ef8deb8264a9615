// The issue inbox's routes (issue 17): reads as the signed-in member (Twenty's permissions decide whether they may read
// sync issues), actions and conflict choices as the app after the "Manage Metakocka" guard, each naming its actor in
// the audit trail. An action on more than one page of issues answers with a job to poll.
import { callerLanguage, type RouteRequest } from 'server/host/route';
import type { AppRuntime } from 'server/host/runtime';
import { actionOf, applyToIssues } from 'server/inbox/actions';
import { parseBulkPayload, readJob, runBulkPage, startBulk } from 'server/inbox/bulk';
import { chooseSides, conflictView, restoreLostValue } from 'server/inbox/conflicts';
import { InboxRequestError, parseOrRefuse } from 'server/inbox/errors';
import { exportIssues } from 'server/inbox/export';
import { exportStoreFor } from 'server/exports/runtime';
import { causeGroups, issuePage } from 'server/inbox/queries';
import { inboxRuntimeFrom } from 'server/inbox/runtime';
import { weekComparison } from 'server/inbox/weeks';
import {
  inboxActRequest,
  inboxConflictsRequest,
  inboxReadRequest,
  type InboxActAnswer,
  type InboxConflictsAnswer,
  type InboxExportAnswer,
  type InboxGroupsAnswer,
  type InboxJob,
  type ConflictAnswer,
  type InboxPageAnswer,
  type InboxWeeksAnswer,
} from 'server/routes/contracts';

const actorOf = (request: RouteRequest) => request.caller?.workspaceMemberId ?? null;

export async function inboxReadRoute(
  request: RouteRequest,
  app: AppRuntime,
): Promise<InboxPageAnswer | InboxGroupsAnswer | InboxWeeksAnswer | InboxJob | ConflictAnswer | InboxExportAnswer> {
  const read = parseOrRefuse(inboxReadRequest, request.body);
  const inbox = inboxRuntimeFrom(app, { startedBy: 'user', action: 'read the issue inbox' }, 'user');
  switch (read.what) {
    case 'page':
      return issuePage(inbox.reader, { ...read, language: await callerLanguage(app, request.caller) });
    case 'groups':
      return causeGroups(inbox.reader, read.filter);
    case 'weeks':
      return weekComparison(inbox.reader, app.clock.now());
    case 'conflict':
      return conflictView(inbox, read.issueId);
    case 'export': {
      const stored = await exportIssues(inbox.reader, exportStoreFor(app), read, actorOf(request));
      const { fileUrl, fileName, recordPath, rowCount, truncated } = stored;
      return { fileUrl, fileName, recordPath, rowCount, truncated };
    }
    case 'job': {
      const job = await readJob(app.kv, read.jobId);
      if (!job) throw new InboxRequestError('jobMissing', { jobId: read.jobId });
      return job;
    }
  }
}

export async function inboxActRoute(request: RouteRequest, app: AppRuntime): Promise<InboxActAnswer> {
  const act = parseOrRefuse(inboxActRequest, request.body);
  const inbox = inboxRuntimeFrom(app, { startedBy: 'user', action: `issue inbox: ${act.action}` }, 'application');
  if ('filter' in act.target) return startBulk(inbox, actionOf(act), act.target.filter, actorOf(request));
  // A selection is at most one page: done in the request.
  const issues = await inbox.sync.crm.syncIssues.findByIds(act.target.ids);
  return { mode: 'done', ...(await applyToIssues(inbox.sync, issues, actionOf(act), actorOf(request))) };
}

export async function inboxConflictsRoute(request: RouteRequest, app: AppRuntime): Promise<InboxConflictsAnswer> {
  const op = parseOrRefuse(inboxConflictsRequest, request.body);
  const inbox = inboxRuntimeFrom(app, { startedBy: 'user', action: `issue inbox: conflict ${op.op}` }, 'application');
  const actor = actorOf(request);
  switch (op.op) {
    case 'choose':
      return { op: 'choose', resolved: await chooseSides(inbox.sync, op.choices, actor) };
    case 'bulk': {
      const filter = { ...op.filter, kind: ['CONFLICT' as const], status: ['OPEN' as const], conflictField: op.field };
      const work = { action: op.keep === 'twenty' ? ('keep-twenty' as const) : ('keep-metakocka' as const) };
      return { op: 'bulk', ...(await startBulk(inbox, work, filter, actor)) };
    }
    case 'restore':
      return { op: 'restore', restored: await restoreLostValue(inbox.sync, op.issueId, actor) };
  }
}

/** One page of a bulk action, run by the inbox's job on Twenty's queue. */
export const inboxBulkJob = (payload: unknown, app: AppRuntime) =>
  runBulkPage(
    inboxRuntimeFrom(app, { startedBy: 'background', action: 'issue inbox bulk action' }, 'application'),
    parseBulkPayload(payload),
  );
