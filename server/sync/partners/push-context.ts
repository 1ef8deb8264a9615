// What a push of companies and people shares: the runtime, the policy, the issue book and crash-safe create intents.
import type { CompanyDraft } from 'server/crm';
import type { ConflictPolicy, SyncSettings } from 'server/settings/schema';
import type { IssueBook } from '../issues';
import type { SyncRuntime } from '../ports';
import type { TimelineBook } from '../timeline/book';

export interface PushContext {
  rt: SyncRuntime;
  settings: SyncSettings;
  issues: IssueBook;
  policy(field: string): ConflictPolicy;
  counts: { created: number; updated: number; unchanged: number; failed: number; skipped: number };
  /** Write-backs of companies that were already bound, sent together (a bind is written at once: create intents hang on it). */
  pendingCompanies: CompanyDraft[];
  /** The push's events on its records' timelines, written with its write-backs (D81). */
  timeline: TimelineBook;
}

/** Tells a record's timeline what went to Metakocka: the changed fields, or every filled one of a new partner. */
export function tellPushed(
  ctx: PushContext,
  object: 'company' | 'person',
  recordId: string,
  fields: string[] | Record<string, unknown>,
): void {
  const sent = Array.isArray(fields)
    ? fields
    : Object.keys(fields).filter(
        (field) => fields[field] !== null && fields[field] !== undefined && fields[field] !== '',
      );
  ctx.timeline.record({ object, recordId, kind: 'pushed', fields: sent });
}

/** Sends the buffered company write-backs in batches of 200 (contract/README.md f4) instead of one call per company. */
export async function flushCompanies(ctx: PushContext): Promise<void> {
  const drafts = ctx.pendingCompanies.splice(0);
  if (drafts.length > 0) await ctx.rt.crm.companies.upsertMany(drafts);
}

// add_partner has no idempotency key (API.md §2.2, §6 item 9): an intent is written before the create, so a retry after a
// crash or a lost answer looks the partner up instead of creating it twice.
const intentKey = (object: string, id: string) => `metakocka:push-intent:${object}:${id}`;
export const hasIntent = async (ctx: PushContext, object: string, id: string) =>
  (await ctx.rt.kv.get(intentKey(object, id))) !== null;
export const setIntent = (ctx: PushContext, object: string, id: string) =>
  ctx.rt.kv.set(intentKey(object, id), ctx.rt.now().toISOString());
export const clearIntent = (ctx: PushContext, object: string, id: string) => ctx.rt.kv.delete(intentKey(object, id));
