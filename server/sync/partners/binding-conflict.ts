// A company or person whose binding changed since the sync last wrote it is neither pushed nor pulled (D40): only the
// sync and the guarded link, unlink and resolve actions bind records, so any other change (a hand edit that slipped
// through, another app) could make one partner take another record's values. A manager decides in the conflict inbox.
import { BINDING_HASH_KEY, changedBinding, describeBinding, type BindingFields } from '../bindings';
import type { IssueBook } from '../issues';

type BoundRecord = BindingFields & {
  id: string;
  updatedAt: string;
  metakockaSyncHash: string | null;
  metakockaSyncStatus: string | null;
};
export type ConflictMark = { id: string; metakockaSyncStatus: 'CONFLICT' };

/**
 * Raises the conflict when the binding changed: null when it did not ("sync it"), else the status write that marks the
 * record CONFLICT (null when already marked), which lets a pull find the partner the record was synced with
 * (orphanedPartners) instead of creating a second record for it.
 */
export function bindingConflict(
  issues: IssueBook,
  recordObject: 'company' | 'person',
  record: BoundRecord,
  now: Date,
): { mark: ConflictMark | null } | null {
  const change = changedBinding(record);
  if (!change) return null;
  const [current, synced] = [describeBinding(change.now), describeBinding(change.synced)];
  issues.conflict({
    recordObject,
    recordId: record.id,
    metakockaId: null,
    field: BINDING_HASH_KEY,
    twentyValue: current,
    metakockaValue: synced,
    twentyChangedAt: record.updatedAt,
    metakockaChangedAt: now.toISOString(),
    binding: { synced: change.synced, current: change.now },
  });
  return {
    mark: record.metakockaSyncStatus === 'CONFLICT' ? null : { id: record.id, metakockaSyncStatus: 'CONFLICT' },
  };
}

/** Partner ids that records in a binding conflict were last synced with: the pull must not make new records for them. */
export function orphanedPartners(marked: Array<BindingFields & { metakockaSyncHash?: string | null }>): Set<string> {
  const out = new Set<string>();
  for (const record of marked) {
    const [synced = ''] = changedBinding(record)?.synced.split('/') ?? [];
    if (synced !== '' && synced !== record.metakockaPartnerId) out.add(synced);
  }
  return out;
}
