// Bindings: the Metakocka id on the Twenty record is the upsert key. Shared helpers to index what exists.
import type { SystemFields } from 'server/crm/composites';

export type MatchResult<T> = { kind: 'bound'; record: T } | { kind: 'excluded'; record: T } | { kind: 'matched'; record: T } | { kind: 'new' } | { kind: 'ambiguous'; candidates: T[] };

export function indexBy<T>(records: T[], key: (record: T) => string | null | undefined): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const record of records) {
    const k = key(record);
    if (!k) continue;
    const list = out.get(k) ?? [];
    list.push(record);
    out.set(k, list);
  }
  return out;
}

/** A bound record the user deleted (soft) or excluded stays out of the sync: an upsert would restore it (contract/README.md "Upsert"). */
export const isExcluded = (record: SystemFields & { metakockaSyncExcluded?: boolean | null }) =>
  record.deletedAt !== null && record.deletedAt !== undefined && record.deletedAt !== '' ? true : record.metakockaSyncExcluded === true;

/** Bound first; otherwise exactly one live unbound candidate is a match, several are ambiguous, none is new. */
export function matchOne<T extends SystemFields>(bound: T | undefined, candidates: T[], excluded: (record: T) => boolean): MatchResult<T> {
  if (bound) return excluded(bound) ? { kind: 'excluded', record: bound } : { kind: 'bound', record: bound };
  const live = candidates.filter((c) => !c.deletedAt);
  if (live.length === 1) return { kind: 'matched', record: live[0]! };
  if (live.length > 1) return { kind: 'ambiguous', candidates: live };
  return { kind: 'new' };
}
