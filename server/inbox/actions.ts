// Retry, ignore and resolve on one page of issues (at most 200, Twenty's page), with a tally of what was done and why
// the rest was not (issue 17; OPERATIONS-ANCHORS §3 item 6: "retry all" with a count of what was requeued). Larger
// sets go page by page through the bulk job (bulk.ts), which adds the tallies up.
import { OBJECT_NAMES } from 'plugin/constants/names';
import type { SyncIssueDraft, SyncIssueRecord } from 'server/crm';
import { audit, type AuditAction } from 'server/credentials/audit';
import { auditEntries } from 'server/credentials/twenty-rows';
import type { ActionTally, InboxActRequest, NotDoneReason } from 'server/routes/contracts';
import { readSettings } from 'server/settings/store';
import { issueFingerprint } from 'server/sync/issues';
import { startRun } from 'server/sync/planner';
import { enqueuePush } from 'server/sync/partners/push-queue';
import type { SyncRuntime } from 'server/sync/ports';
import { rereadProducts } from 'server/sync/record-actions';

export type IssueAction = { action: 'retry' } | { action: 'resolve' } | { action: 'ignore'; reason: string };

export const actionOf = (request: InboxActRequest): IssueAction =>
  request.action === 'ignore' ? { action: 'ignore', reason: request.reason } : { action: request.action };

export const emptyTally = (action: ActionTally['action']): ActionTally => ({ action, done: 0, notDone: {} });

/** Adds one page's tally to a running one. */
export function addTally(total: ActionTally, page: ActionTally): ActionTally {
  const notDone = { ...total.notDone };
  for (const [reason, count] of Object.entries(page.notDone) as Array<[NotDoneReason, number]>)
    notDone[reason] = (notDone[reason] ?? 0) + count;
  return { action: total.action, done: total.done + page.done, notDone };
}

export class Tally {
  readonly value: ActionTally;
  constructor(action: ActionTally['action']) {
    this.value = emptyTally(action);
  }
  done(count = 1) {
    this.value.done += count;
  }
  skip(reason: NotDoneReason, count = 1) {
    if (count > 0) this.value.notDone[reason] = (this.value.notDone[reason] ?? 0) + count;
  }
}

const AUDITED: Record<IssueAction['action'], AuditAction> = {
  retry: 'issues.retried',
  ignore: 'issues.ignored',
  resolve: 'issues.resolved',
};

export async function applyToIssues(
  rt: SyncRuntime,
  issues: SyncIssueRecord[],
  action: IssueAction,
  actorWorkspaceMemberId: string | null,
): Promise<ActionTally> {
  const tally = new Tally(action.action);
  const acted =
    action.action === 'retry'
      ? await retry(rt, issues, tally)
      : await setStatus(rt, issues, action, tally, rt.now().toISOString());
  if (acted.length > 0)
    await audit(
      { audit: auditEntries(rt.crm.gateway), now: () => rt.now() },
      actorWorkspaceMemberId,
      AUDITED[action.action],
      `${acted.length} sync issue${acted.length === 1 ? '' : 's'}`,
      action.action === 'ignore' ? `Ignored: ${action.reason}` : `${action.action} from the issue inbox`,
      {
        before: acted.map((issue) => `${issue.id} ${issue.status}`).join(', '),
        after: acted.map((issue) => issue.id).join(', '),
      },
    );
  return tally.value;
}

async function setStatus(
  rt: SyncRuntime,
  issues: SyncIssueRecord[],
  action: Exclude<IssueAction, { action: 'retry' }>,
  tally: Tally,
  nowIso: string,
): Promise<SyncIssueRecord[]> {
  const acted = action.action === 'ignore' ? issues.filter((i) => i.status !== 'RESOLVED') : issues;
  tally.skip('already-resolved', issues.length - acted.length);
  const writes: SyncIssueDraft[] = acted.map((issue) =>
    action.action === 'ignore'
      ? {
          id: issue.id,
          issueKey: issue.issueKey,
          status: 'IGNORED',
          ignoredReason: action.reason,
          ignoredFingerprint: issueFingerprint(issue),
        }
      : { id: issue.id, issueKey: issue.issueKey, status: 'RESOLVED', lastSeenAt: nowIso },
  );
  await rt.crm.syncIssues.upsertMany(writes);
  tally.done(acted.length);
  return acted;
}

/** The Twenty record an issue is about: its relation, else the record id it names. */
const recordOf = (issue: SyncIssueRecord): string | null =>
  issue.companyId ?? issue.personId ?? issue.productId ?? issue.salesDocumentId ?? issue.recordId;

/**
 * Re-syncs the issues' records: companies and people are queued for a push (which compares both sides), products are
 * read again from Metakocka, documents wait for a documents run started now. Conflicts are settled by choosing a side,
 * not retried; an issue about no single record (a whole run) is retried by running the stream.
 */
async function retry(rt: SyncRuntime, issues: SyncIssueRecord[], tally: Tally): Promise<SyncIssueRecord[]> {
  const acted: SyncIssueRecord[] = [];
  const byObject = new Map<string, SyncIssueRecord[]>();
  for (const issue of issues) {
    if (issue.kind !== 'ERROR') tally.skip('not-an-error');
    else if (issue.status === 'RESOLVED') tally.skip('already-resolved');
    else if (!recordOf(issue) || !issue.recordObject) tally.skip('no-record');
    else byObject.set(issue.recordObject, [...(byObject.get(issue.recordObject) ?? []), issue]);
  }
  const partners = [...(byObject.get('company') ?? []), ...(byObject.get('person') ?? [])];
  if (partners.length > 0) acted.push(...(await retryPartners(rt, partners, tally)));
  const products = byObject.get(OBJECT_NAMES.product.singular) ?? [];
  if (products.length > 0) acted.push(...(await retryProducts(rt, products, tally)));
  const documents = byObject.get(OBJECT_NAMES.salesDocument.singular) ?? [];
  if (documents.length > 0) {
    const settings = await readSettings(rt.kv);
    await startRun(rt, 'documents', { trigger: 'manual', dryRun: settings.dryRun });
    tally.done(documents.length);
    acted.push(...documents);
  }
  for (const [object, list] of byObject)
    if (!['company', 'person', OBJECT_NAMES.product.singular, OBJECT_NAMES.salesDocument.singular].includes(object))
      tally.skip('no-record', list.length);
  return acted;
}

async function retryPartners(rt: SyncRuntime, issues: SyncIssueRecord[], tally: Tally): Promise<SyncIssueRecord[]> {
  const ids = (object: string) => [
    ...new Set(issues.filter((i) => i.recordObject === object).map((i) => recordOf(i)!)),
  ];
  const [companies, people] = await Promise.all([
    ids('company').length > 0 ? rt.crm.companies.findByIds(ids('company')) : [],
    ids('person').length > 0 ? rt.crm.people.findByIds(ids('person')) : [],
  ]);
  const records = new Map([...companies, ...people].map((r) => [r.id, r] as const));
  const queued = issues.filter((issue) => {
    const record = records.get(recordOf(issue)!);
    if (!record) tally.skip('record-missing');
    else if (record.metakockaSyncExcluded) tally.skip('record-excluded');
    return record !== undefined && !record.metakockaSyncExcluded;
  });
  const queuedIds = (object: string) => [
    ...new Set(queued.filter((i) => i.recordObject === object).map((i) => recordOf(i)!)),
  ];
  await enqueuePush(rt, `inbox-retry:${rt.now().toISOString()}`, queuedIds('company'), queuedIds('person'));
  tally.done(queued.length);
  return queued;
}

async function retryProducts(rt: SyncRuntime, issues: SyncIssueRecord[], tally: Tally): Promise<SyncIssueRecord[]> {
  const records = await rt.crm.products.findByIds([...new Set(issues.map((i) => recordOf(i)!))]);
  const byId = new Map(records.map((r) => [r.id, r] as const));
  const { gone } = await rereadProducts(rt, records);
  const goneIds = new Set(gone);
  const reread = issues.filter((issue) => {
    const id = recordOf(issue)!;
    if (!byId.has(id)) tally.skip('record-missing');
    else if (goneIds.has(id)) tally.skip('gone-from-metakocka');
    return byId.has(id) && !goneIds.has(id);
  });
  tally.done(reread.length);
  return reread;
}
