// Sync issues: one per failed record (deduped by issueKey), resolved automatically when the record later syncs. Each
// carries the severity its code has in the error catalogue and a cause key (code and field) the inbox groups by; an
// issue a manager ignored stays ignored while the sync meets the same version of its record, and reopens when the
// record has changed (issue 17).
import type { SyncIssueDraft, SyncIssueRecord } from 'server/crm';
import {
  isErrorCode,
  renderAction,
  renderError,
  severityOf,
  type ErrorLanguage,
  type ErrorParams,
} from 'server/error-catalogue';
import { isSyncError } from 'server/errors';
import type { StreamName } from 'server/settings/schema';
import { hashValue } from './hashing';
import { linkIssueDrafts } from './issue-links';
import type { SyncRuntime } from './ports';
import { issueEvent, type SyncEvent } from './timeline/events';

export interface FailureInput {
  recordObject: string;
  metakockaId?: string | null;
  recordId?: string | null;
  error: unknown;
  /** An issue about the workspace rather than a stream's record keeps one key whichever stream meets it. */
  issueKey?: string;
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
  /** A binding changed outside the sync (D40) rather than a field changed on both sides: the two bindings. */
  binding?: { synced: string; current: string };
}

export interface IssueBook {
  fail(input: FailureInput): void;
  conflict(input: ConflictInput): void;
  /** Records that synced cleanly: their open ERROR issues get resolved on flush. */
  succeeded(metakockaIds: string[]): void;
  pending(): SyncIssueDraft[];
  flush(opts: { dryRun: boolean; resolveOpen: boolean }): Promise<{ failed: number; resolved: number }>;
}

/** The inbox's grouping key: the error code, and the field when the error names one ("MK_VALIDATION:taxNumber"). */
export const causeKeyOf = (errorCode: string, field?: string | null): string =>
  field ? `${errorCode}:${field}` : errorCode;

const fieldOf = (error: unknown): string | null => {
  const field = (error as { field?: unknown } | null)?.field;
  return typeof field === 'string' && field !== '' ? field : null;
};

/**
 * What the record looked like when the sync met the issue: a manager's "ignore" holds for this version only. The
 * message names the values Metakocka or Twenty refused, and a conflict its two values, so an edit that changes what
 * the sync meets changes it.
 */
export const issueFingerprint = (issue: Pick<SyncIssueDraft, 'message' | 'twentyValue' | 'metakockaValue'>): string =>
  hashValue([issue.message ?? '', issue.twentyValue ?? null, issue.metakockaValue ?? null]);

/** What an issue or a run summary stores about an error: its code and parameters, and the message worded in `lang`
 *  (the workspace's default language, which Twenty's own list views show). */
export function errorFacts(
  error: unknown,
  lang: ErrorLanguage = 'en',
): {
  errorClass: string;
  errorCode: string;
  message: string;
  messageParams: ErrorParams | null;
  suggestedAction: string;
} {
  if (isSyncError(error)) {
    const { message, action } = error.describe(lang);
    const messageParams = isErrorCode(error.code) ? (error.params ?? {}) : null;
    return { errorClass: error.name, errorCode: error.code, message, messageParams, suggestedAction: action };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return {
    errorClass: error instanceof Error ? error.name : 'Error',
    errorCode: 'INTERNAL',
    message: lang === 'en' ? detail : renderError('INTERNAL', { detail }, lang),
    messageParams: { detail },
    suggestedAction:
      lang === 'en' ? 'Report this to the app maintainer with the issue key.' : renderAction('INTERNAL', {}, lang),
  };
}

/** An issue's message and next step for one reader: worded from its code and parameters in `lang`, or as stored
 *  (in the workspace language) when the issue kept no parameters (raised before 0.4.0 by a code that needs some). */
export function issueWording(
  issue: Pick<SyncIssueRecord, 'errorCode' | 'messageParams' | 'message' | 'suggestedAction'>,
  lang: ErrorLanguage,
): { message: string; suggestedAction: string | null } {
  const code = issue.errorCode;
  if (!code || !isErrorCode(code) || !issue.messageParams)
    return { message: issue.message, suggestedAction: issue.suggestedAction };
  return {
    message: renderError(code, issue.messageParams, lang),
    suggestedAction: renderAction(code, issue.messageParams, lang),
  };
}

/** The parameters of a conflict's CONFLICT message: what changed on both sides, and the next step that fits. */
export function conflictParams(
  input: Pick<ConflictInput, 'recordObject' | 'field' | 'fields' | 'binding'>,
): ErrorParams {
  if (input.binding) return { change: 'binding', recordObject: input.recordObject, ...input.binding, next: 'binding' };
  if (input.fields) return { change: 'record', fields: input.fields.map((f) => `"${f}"`).join(', '), next: 'choose' };
  return { change: 'field', field: input.field, next: 'choose' };
}

const show = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value ?? null));

/** `runRecordId`: the sync-run record of the run the book belongs to, set on each issue it writes as the last run that
 *  saw it (and the first, for a new or reopened issue); pushes outside a run leave both as they were. */
/** `timeline`: where the issues raised and resolved on a record are told to its timeline (D81). */
export function createIssueBook(
  rt: SyncRuntime,
  stream: StreamName,
  runRecordId?: string,
  timeline?: { record(event: SyncEvent): void },
): IssueBook {
  const drafts = new Map<string, SyncIssueDraft>();
  const ok = new Set<string>();
  const withRun = (draft: SyncIssueDraft, existing: SyncIssueRecord | undefined): SyncIssueDraft => {
    if (!runRecordId) return draft;
    const raisedBefore = (existing?.status === 'OPEN' || existing?.status === 'IGNORED') && existing.firstRunId;
    return { ...draft, firstRunId: raisedBefore ? existing.firstRunId : runRecordId, lastRunId: runRecordId };
  };
  return {
    fail(input) {
      const facts = errorFacts(input.error, rt.language);
      const subject = input.metakockaId ?? input.recordId ?? 'unknown';
      const issueKey = input.issueKey ?? `${stream}:${input.recordObject}:${subject}:${facts.errorCode}`;
      drafts.set(issueKey, {
        issueKey,
        name: `${input.recordObject} ${subject}: ${facts.errorCode}`,
        kind: 'ERROR',
        severity: severityOf(facts.errorCode),
        causeKey: causeKeyOf(facts.errorCode, fieldOf(input.error)),
        status: 'OPEN',
        stream: stream.toUpperCase(),
        recordObject: input.recordObject,
        recordId: input.recordId ?? null,
        metakockaId: input.metakockaId ?? null,
        ...facts,
      });
    },
    conflict(input) {
      const messageParams = conflictParams(input);
      const subject = input.metakockaId ?? input.recordId ?? 'unknown';
      const issueKey = `${stream}:${input.recordObject}:${subject}:CONFLICT:${input.field}`;
      drafts.set(issueKey, {
        issueKey,
        name: `${input.recordObject} ${subject}: conflict on ${input.field}`,
        kind: 'CONFLICT',
        severity: severityOf('CONFLICT'),
        causeKey: causeKeyOf('CONFLICT', input.field),
        status: 'OPEN',
        stream: stream.toUpperCase(),
        recordObject: input.recordObject,
        recordId: input.recordId,
        metakockaId: input.metakockaId,
        errorCode: 'CONFLICT',
        errorClass: 'Conflict',
        conflictField: input.field,
        message: renderError('CONFLICT', messageParams, rt.language),
        messageParams,
        suggestedAction: renderAction('CONFLICT', messageParams, rt.language),
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
        for (const draft of await linkIssueDrafts(rt.crm, failures)) {
          const before = existing.get(draft.issueKey);
          const merged = mergeIssue(draft, before, nowIso);
          writes.push(withRun(merged, before));
          const raised = merged.status === 'OPEN' && before?.status !== 'OPEN';
          const event = raised ? issueEvent(merged, 'raised', merged.kind) : null;
          if (event) timeline?.record(event);
        }
      }
      const okIds = [...ok].filter((id) => !failures.some((d) => d.metakockaId === id));
      if (resolveOpen && okIds.length > 0) {
        // An ignored error whose record now syncs is settled too, so it does not reopen later.
        const open = (await rt.crm.syncIssues.findBy('metakockaId', okIds)).filter(
          (r) => r.status !== 'RESOLVED' && r.kind === 'ERROR' && r.stream === stream.toUpperCase(),
        );
        for (const issue of open) {
          const event = issueEvent(issue, 'resolved', issue.kind);
          if (event) timeline?.record(event);
          writes.push({
            id: issue.id,
            issueKey: issue.issueKey,
            status: 'RESOLVED',
            lastSeenAt: nowIso,
            ...(runRecordId ? { lastRunId: runRecordId } : {}),
          });
        }
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
  if (existing.status === 'IGNORED' && existing.ignoredFingerprint === issueFingerprint(draft))
    return {
      ...draft,
      id: existing.id,
      status: 'IGNORED',
      attempts: (existing.attempts ?? 0) + 1,
      firstSeenAt: existing.firstSeenAt,
      lastSeenAt: nowIso,
    };
  // A conflict keeps the time the sync first saw the change (API.md §4: partners carry no change time).
  // An ignored issue whose record changed reopens as it stood (the draft is OPEN), keeping when it was first seen.
  const continuing = existing.status === 'OPEN' || existing.status === 'IGNORED';
  const metakockaChangedAt =
    draft.kind === 'CONFLICT' && continuing
      ? (existing.metakockaChangedAt ?? draft.metakockaChangedAt)
      : draft.metakockaChangedAt;
  return {
    ...draft,
    id: existing.id,
    metakockaChangedAt,
    attempts: (existing.attempts ?? 0) + 1,
    firstSeenAt: continuing ? existing.firstSeenAt : nowIso,
    ignoredReason: null,
    ignoredFingerprint: null,
    lastSeenAt: nowIso,
  };
}
