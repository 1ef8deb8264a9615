// Bindings: the Metakocka id on the Twenty record is the upsert key. Shared helpers to index what exists.
import type { SystemFields } from 'server/crm/composites';
import { decodeFieldHashes } from './hashing';

export type MatchResult<T> =
  | { kind: 'bound'; record: T }
  | { kind: 'excluded'; record: T }
  | { kind: 'matched'; record: T }
  | { kind: 'new' }
  | { kind: 'ambiguous'; candidates: T[] };

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
  record.deletedAt !== null && record.deletedAt !== undefined && record.deletedAt !== ''
    ? true
    : record.metakockaSyncExcluded === true;

/** Bound first; otherwise exactly one live unbound candidate is a match, several are ambiguous, none is new. */
export function matchOne<T extends SystemFields>(
  bound: T | undefined,
  candidates: T[],
  excluded: (record: T) => boolean,
): MatchResult<T> {
  if (bound) return excluded(bound) ? { kind: 'excluded', record: bound } : { kind: 'bound', record: bound };
  const live = candidates.filter((c) => !c.deletedAt);
  if (live.length === 1) return { kind: 'matched', record: live[0]! };
  if (live.length > 1) return { kind: 'ambiguous', candidates: live };
  return { kind: 'new' };
}

/** What binds a record to Metakocka, as one text: `<partner id>/<contact id>` (a company has no contact id). */
export type BindingFields = { metakockaPartnerId?: string | null; metakockaContactId?: string | null };
export const bindingOf = (record: BindingFields): string =>
  `${record.metakockaPartnerId ?? ''}/${record.metakockaContactId ?? ''}`;
export const UNBOUND = bindingOf({});

/** The sync hash records the binding it was made for under this name (D40), beside the per-field hashes. */
export const BINDING_HASH_KEY = 'binding';

/** In words, for conflict issues and audit entries: "partner 1234", "partner 1234, contact 77", "contact 77", "none". */
export function describeBinding(binding: string): string {
  const [partner = '', contact = ''] = binding.split('/');
  const parts = [partner && `partner ${partner}`, contact && `contact ${contact}`].filter(Boolean);
  return parts.length > 0 ? parts.join(', ') : 'none';
}

/**
 * The binding as the sync last wrote it, when the record now holds another one (D40): set or changed by someone other
 * than the sync, so the record must not be pushed or pulled until a manager resolves it. A bound record without any
 * sync hash was bound outside the sync; a hash from before bindings were recorded trusts the binding it finds.
 */
export function changedBinding(
  record: BindingFields & { metakockaSyncHash?: string | null },
): { synced: string; now: string } | null {
  const now = bindingOf(record);
  const last = decodeFieldHashes(record.metakockaSyncHash);
  if (last === null) return now === UNBOUND ? null : { synced: UNBOUND, now };
  const synced = last[BINDING_HASH_KEY];
  return synced === undefined || synced === now ? null : { synced, now };
}
