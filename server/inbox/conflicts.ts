// The conflict view and the choices made in it (issue 17 item 2): a record's conflicting fields side by side with
// when each side changed and who last edited the Twenty record (its `updatedBy`: Twenty keeps no per-field author the
// app can read cheaply), choices per field or for the whole record, "keep one side for every conflict on this field",
// and restoring the value that lost. Partners conflict per field; a sales document is kept whole (D41), so its fields
// are shown one by one but settled together.
import { createSyncIssuesRepo } from 'server/crm/sync-issues';
import type { SyncIssueRecord } from 'server/crm';
import type { ActionTally, ConflictAnswer, ConflictField, ConflictResolutionRecord } from 'server/routes/contracts';
import { BINDING_HASH_KEY } from 'server/sync/bindings';
import { ConflictNotOpenError, settleConflict, type ConflictChoice } from 'server/sync/conflict-resolution';
import { withActionTimeline } from 'server/sync/timeline/book';
import { SALES_DOCUMENT_OBJECT } from 'server/sync/documents/pull/twenty-edits';
import type { SyncRuntime } from 'server/sync/ports';
import { isSyncError } from 'server/errors';

import { Tally } from './actions';
import type { InboxRuntime } from './runtime';

const PLURALS: Record<string, string> = {
  company: 'companies',
  person: 'people',
  [SALES_DOCUMENT_OBJECT]: 'metakockaSalesDocuments',
};

interface Editor {
  updatedAt: string | null;
  updatedBy: { name: string | null; workspaceMemberId: string | null } | null;
}

/** Who last edited the record in Twenty and when; one read. */
async function lastEdit(inbox: InboxRuntime, object: string, id: string): Promise<Editor | null> {
  const plural = PLURALS[object];
  if (!plural) return null;
  const data = await inbox.reader.request<Record<string, { edges: Array<{ node: Editor }> }>>(
    `query ConflictEditor($id: UUID) { ${plural}(filter: { id: { eq: $id } }, first: 1) {
      edges { node { updatedAt updatedBy { name workspaceMemberId } } } } }`,
    { id },
  );
  return data[plural]?.edges[0]?.node ?? null;
}

const looksStructured = (value: string | null) => value !== null && /^[[{]/.test(value.trim());

/** A document conflict holds every differing field in one issue, as JSON objects keyed by field. */
function documentFields(issue: SyncIssueRecord): ConflictField[] {
  const parse = (text: string | null): Record<string, unknown> => {
    try {
      return (JSON.parse(text ?? '{}') ?? {}) as Record<string, unknown>;
    } catch {
      return {};
    }
  };
  const twenty = parse(issue.twentyValue);
  const metakocka = parse(issue.metakockaValue);
  const show = (v: unknown) => (v === undefined ? null : typeof v === 'string' ? v : JSON.stringify(v));
  return [...new Set([...Object.keys(twenty), ...Object.keys(metakocka)])].map((field) => ({
    issueId: issue.id,
    field,
    twenty: { value: show(twenty[field]), changedAt: issue.twentyChangedAt },
    metakocka: { value: show(metakocka[field]), changedAt: issue.metakockaChangedAt },
    mergeable: false,
  }));
}

const fieldOf = (issue: SyncIssueRecord): ConflictField => ({
  issueId: issue.id,
  field: issue.conflictField ?? '',
  twenty: { value: issue.twentyValue, changedAt: issue.twentyChangedAt },
  metakocka: { value: issue.metakockaValue, changedAt: issue.metakockaChangedAt },
  mergeable:
    issue.conflictField !== BINDING_HASH_KEY &&
    !looksStructured(issue.twentyValue) &&
    !looksStructured(issue.metakockaValue),
});

export async function conflictView(inbox: InboxRuntime, issueId: string): Promise<ConflictAnswer> {
  const issues = createSyncIssuesRepo(inbox.reader);
  const [issue] = await issues.findByIds([issueId]);
  if (!issue || issue.kind !== 'CONFLICT' || !issue.recordId || !issue.recordObject)
    throw new ConflictNotOpenError('notRecordConflict', { issueId });
  const siblings = await issues.findWhere({
    and: [{ recordId: { eq: issue.recordId } }, { kind: { eq: 'CONFLICT' } }],
  });
  const open = siblings.filter((i) => i.status === 'OPEN');
  const editor = await lastEdit(inbox, issue.recordObject, issue.recordId);
  return {
    recordObject: issue.recordObject,
    recordId: issue.recordId,
    recordName: issue.recordName,
    metakockaId: issue.metakockaId,
    lastEditedBy: editor?.updatedBy?.name || null,
    lastEditedAt: editor?.updatedAt ?? null,
    fields: open.flatMap((i) => (i.recordObject === SALES_DOCUMENT_OBJECT ? documentFields(i) : [fieldOf(i)])),
    settled: siblings
      .filter((i) => i.status === 'RESOLVED' && i.resolution)
      .map((i) => ({
        issueId: i.id,
        field: i.conflictField ?? '',
        resolution: i.resolution as ConflictResolutionRecord,
      })),
  };
}

/** The manager's choices, one per conflict issue; each is written to both systems in turn. */
export async function chooseSides(
  rt: SyncRuntime,
  choices: Array<{ issueId: string; keep: ConflictChoice['keep']; value?: string }>,
  actor: string | null,
): Promise<string[]> {
  const issues = new Map((await rt.crm.syncIssues.findByIds(choices.map((c) => c.issueId))).map((i) => [i.id, i]));
  const resolved: string[] = [];
  await withActionTimeline(rt, async (timeline) => {
    for (const choice of choices) {
      const issue = issues.get(choice.issueId);
      if (!issue) throw new ConflictNotOpenError('issueGone', { issueId: choice.issueId });
      const picked: ConflictChoice =
        choice.keep === 'merged' ? { keep: 'merged', value: choice.value ?? '' } : { keep: choice.keep };
      await settleConflict(rt, issue, picked, actor, 'conflict.resolved', timeline);
      resolved.push(issue.id);
    }
  });
  return resolved;
}

/** One side for every conflict on a page (the bulk "keep Metakocka for every conflict on this field"). */
export async function keepSideForIssues(
  rt: SyncRuntime,
  issues: SyncIssueRecord[],
  keep: 'twenty' | 'metakocka',
  actor: string | null,
): Promise<ActionTally> {
  const tally = new Tally(keep === 'twenty' ? 'keep-twenty' : 'keep-metakocka');
  await withActionTimeline(rt, async (timeline) => {
    for (const issue of issues) {
      if (issue.kind !== 'CONFLICT' || issue.status !== 'OPEN') {
        tally.skip('not-a-conflict');
        continue;
      }
      try {
        await settleConflict(rt, issue, { keep }, actor, 'conflict.resolved', timeline);
        tally.done();
      } catch (error) {
        // A refusal (e.g. an invoice cannot be pushed) leaves that conflict open; the rest go on.
        if (!isSyncError(error) || error.retryable) throw error;
        tally.skip('refused');
      }
    }
  });
  return tally.value;
}

/** Puts the value that lost back on both sides: a partner field's only (a document's losing version is not stored). */
export async function restoreLostValue(rt: SyncRuntime, issueId: string, actor: string | null): Promise<string> {
  const [issue] = await rt.crm.syncIssues.findByIds([issueId]);
  const resolution = issue?.resolution as ConflictResolutionRecord | null | undefined;
  const lost = resolution?.lost.length === 1 ? resolution.lost[0] : undefined;
  if (!issue || !resolution || resolution.restoredAt || !lost)
    throw new ConflictNotOpenError('nothingToRestore', { issueId });
  if (issue.recordObject === SALES_DOCUMENT_OBJECT || issue.conflictField === BINDING_HASH_KEY)
    throw new ConflictNotOpenError('summaryOnly');
  await withActionTimeline(rt, (timeline) =>
    settleConflict(rt, issue, { keep: 'merged', value: lost.value ?? '' }, actor, 'conflict.restored', timeline),
  );
  return issue.id;
}
