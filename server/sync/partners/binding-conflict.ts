// A company or person whose binding changed since the sync last wrote it is neither pushed nor pulled (D40): only the
// sync and the guarded link, unlink and resolve actions bind records, so any other change (a hand edit that slipped
// through, another app) could make one partner take another record's values. A manager decides in the conflict inbox.
import type { Crm } from 'server/crm';
import { chunk } from 'server/crm/records';
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

/** Patterns per read: Twenty scans the hashes for a `like` anyway, so the filter is kept to one request's size. */
const HASH_SEARCH_CHUNK = 200;

/**
 * Partners that no record holds but one was synced with: a binding moved outside the sync and no push or pull has met
 * that record yet, so it is not marked. Its sync hash still names the partner (hashing.ts keeps the binding as text),
 * so the pull finds it there instead of creating a second record for the partner (D97). A business partner is only
 * ever bound to a company, a private one to a person.
 */
export async function partnersMovedAway(
  crm: Crm,
  partners: Array<{ mkId: string; businessEntity: boolean }>,
): Promise<Set<string>> {
  const naming = (ids: string[]) => ({
    or: ids.map((id) => ({ metakockaSyncHash: { ilike: `%${BINDING_HASH_KEY}=${id}/%` } })),
  });
  const ids = (business: boolean) => partners.filter((p) => p.businessEntity === business).map((p) => p.mkId);
  const records: Array<BindingFields & { metakockaSyncHash?: string | null }> = [];
  for (const part of chunk(ids(true), HASH_SEARCH_CHUNK))
    records.push(...(await crm.companies.findWhere(naming(part))));
  for (const part of chunk(ids(false), HASH_SEARCH_CHUNK)) records.push(...(await crm.people.findWhere(naming(part))));
  return orphanedPartners(records);
}
