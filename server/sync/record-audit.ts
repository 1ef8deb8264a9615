// What a manager does to a record's place in the sync (link, unlink, exclude, include, resolve a conflict) leaves an
// audit entry: who, which record, the state before and after (issue 12 item 6). Ids and field values only, never a key.
import { audit, type AuditAction } from 'server/credentials/audit';
import { auditEntries } from 'server/credentials/twenty-rows';
import { describeBinding, bindingOf, type BindingFields } from './bindings';
import type { SyncRuntime } from './ports';

export type RecordAuditAction = Extract<AuditAction, `record.${string}` | `conflict.${string}`>;

/** A record's sync state in words, for an entry's before and after: "binding partner 1234; excluded: no". */
export const syncStateText = (record: BindingFields & { metakockaSyncExcluded?: boolean | null }) =>
  `binding ${describeBinding(bindingOf(record))}; excluded: ${record.metakockaSyncExcluded ? 'yes' : 'no'}`;

export function auditRecordAction(
  rt: SyncRuntime,
  actorWorkspaceMemberId: string | null,
  action: RecordAuditAction,
  target: string,
  detail: string,
  change: { before: string; after: string },
): Promise<void> {
  return audit(
    { audit: auditEntries(rt.crm.gateway), now: () => rt.now() },
    actorWorkspaceMemberId,
    action,
    target,
    detail,
    change,
  );
}
