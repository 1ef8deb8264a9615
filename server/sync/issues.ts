// Sync issues: one per failed record (deduped by issueKey), resolved automatically when the record later syncs.
import type { SyncIssueDraft, SyncIssueRecord } from 'server/crm';
import { isSyncError } from 'server/errors';
import type { StreamName } from 'server/settings/schema';
import { linkIssueDrafts } from './issue-links';
import type { SyncRuntime } from './ports';

export interface FailureInput {
  recordObject: string;
  metakockaId?: string | null;
  recordId?: string | null;
  error: unknown;
}

export interface ConflictInput {
  recordObject: string;
  metakockaId: string | null;
  recordId: string | null;
  field: string;
  /** The fields that differ when `field` names a whole record (a sales document: its fields and "lines"). */
  fields?: string[];
  twentyValue: unknown;
  metakockaValue: unknown;
  twentyChangedAt: string | null;
  metakockaChangedAt: string;
  /** What happened and what to do, when it is not a field changed on both sides (a changed binding, D40). */
  explain?: { message: string; suggestedAction: string };
}

export interface IssueBook {
  fail(input: FailureInput): void;
  conflict(input: ConflictInput): void;
  /** Records that synced cleanly: their open ERROR issues get resolved on flush. */
  succeeded(metakockaIds: string[]): void;
  pending(): SyncIssueDraft[];
  flush(opts: { dryRun: boolean; resolveOpen: boolean }): Promise<{ failed: number; resolved: number }>;
}

export function errorFacts(error: unknown): {
  errorClass: string;
  errorCode: string;
  message: string;
  suggestedAction: string;
} {
  if (isSyncError(error))
    return { errorClass: error.name, errorCode: error.code, message: error.message, suggestedAction: error.action };
  const message = error instanceof Error ? error.message : String(error);
  return {
    errorClass: error instanceof Error ? error.name : 'Error',
    errorCode: 'INTERNAL',
    message,
    suggestedAction: 'Report this to the app maintainer with the issue key.',
  };
}

const show = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value ?? null));

/** `runRecordId`: the sync-run record of the run the book belongs to, set on each issue it writes as the last run that
 *  saw it (and the first, for a new or reopened issue); pushes outside a run leave both as they were. */
export function createIssueBook(rt: SyncRuntime, stream: StreamName, runRecordId?: string): IssueBook {
  const drafts = new Map<string, SyncIssueDraft>();
  const ok = new Set<string>();
  const withRun = (draft: SyncIssueDraft, existing: SyncIssueRecord | undefined): SyncIssueDraft => {
    if (!runRecordId) return draft;
    const raisedBefore = existing?.status === 'OPEN' && existing.firstRunId;
    return { ...draft, firstRunId: raisedBefore ? existing.firstRunId : runRecordId, lastRunId: runRecordId };
  };
  return {
    fail(input) {
      const facts = errorFacts(input.error);
      const subject = input.metakockaId ?? input.recordId ?? 'unknown';
      const issueKey = `${stream}:${input.recordObject}:${subject}:${facts.errorCode}`;
      drafts.set(issueKey, {
        issueKey,
        name: `${input.recordObject} ${subject}: ${facts.errorCode}`,
        kind: 'ERROR',
        severity: 'ERROR',
        status: 'OPEN',
        stream: stream.toUpperCase(),
        recordObject: input.recordObject,
        recordId: input.recordId ?? null,
        metakockaId: input.metakockaId ?? null,
        ...facts,
      });
    },
    conflict(input) {
      const subject = input.metakockaId ?? input.recordId ?? 'unknown';
      const issueKey = `${stream}:${input.recordObject}:${subject}:CONFLICT:${input.field}`;
      drafts.set(issueKey, {
        issueKey,
        name: `${input.recordObject} ${subject}: conflict on ${input.field}`,
        kind: 'CONFLICT',
        severity: 'WARNING',
        status: 'OPEN',
        stream: stream.toUpperCase(),
        recordObject: input.recordObject,
        recordId: input.recordId,
        metakockaId: input.metakockaId,
        errorCode: 'CONFLICT',
        errorClass: 'Conflict',
        conflictField: input.field,
        message: input.fields
          ? `The record changed in both Twenty and Metakocka since the last sync and differs in ${input.fields.map((f) => `"${f}"`).join(', ')}; nothing was written on either side.`
          : `"${input.field}" changed in both Twenty and Metakocka since the last sync; nothing was written on either side.`,
        suggestedAction:
          'Pick the value to keep (Twenty or Metakocka) in the conflict inbox or through the resolve-conflict route.',
        ...input.explain,
        twentyValue: show(input.twentyValue),
        metakockaValue: show(input.metakockaValue),
        twentyChangedAt: input.twentyChangedAt,
        metakockaChangedAt: input.metakockaChangedAt,
      });
    },
    succeeded(ids) {
      for (const id of ids) ok.add(id);
    },
    pending: () => [...drafts.values()],
    async flush({ dryRun, resolveOpen }) {
      const nowIso = rt.now().toISOString();
      let resolved = 0;
      const failures = [...drafts.values()];
      if (dryRun) return { failed: failures.filter((d) => d.kind === 'ERROR').length, resolved: 0 };
      const writes: SyncIssueDraft[] = [];
      if (failures.length > 0) {
        const existing = new Map(
          (
            await rt.crm.syncIssues.findBy(
              'issueKey',
              failures.map((d) => d.issueKey),
            )
          ).map((r) => [r.issueKey, r]),
        );
        for (const draft of await linkIssueDrafts(rt.crm, failures))
          writes.push(withRun(mergeIssue(draft, existing.get(draft.issueKey), nowIso), existing.get(draft.issueKey)));
      }
      const okIds = [...ok].filter((id) => !failures.some((d) => d.metakockaId === id));
      if (resolveOpen && okIds.length > 0) {
        const open = (await rt.crm.syncIssues.findBy('metakockaId', okIds)).filter(
          (r) => r.status === 'OPEN' && r.kind === 'ERROR' && r.stream === stream.toUpperCase(),
        );
        for (const issue of open)
          writes.push({
            id: issue.id,
            issueKey: issue.issueKey,
            status: 'RESOLVED',
            lastSeenAt: nowIso,
            ...(runRecordId ? { lastRunId: runRecordId } : {}),
          });
        resolved = open.length;
      }
      if (writes.length > 0) await rt.crm.syncIssues.upsertMany(writes);
      drafts.clear();
      ok.clear();
      return { failed: failures.filter((d) => d.kind === 'ERROR').length, resolved };
    },
  };
}

function mergeIssue(draft: SyncIssueDraft, existing: SyncIssueRecord | undefined, nowIso: string): SyncIssueDraft {
  if (!existing) return { ...draft, attempts: 1, firstSeenAt: nowIso, lastSeenAt: nowIso };
  // A conflict keeps the time the sync first saw the change (API.md §4: partners carry no change time).
  const metakockaChangedAt =
    draft.kind === 'CONFLICT' && existing.status === 'OPEN'
      ? (existing.metakockaChangedAt ?? draft.metakockaChangedAt)
      : draft.metakockaChangedAt;
  return {
    ...draft,
    id: existing.id,
    metakockaChangedAt,
    attempts: (existing.attempts ?? 0) + 1,
    firstSeenAt: existing.status === 'OPEN' ? existing.firstSeenAt : nowIso,
    lastSeenAt: nowIso,
  };
}
