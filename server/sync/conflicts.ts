// Field-level two-way reconciliation against what the sync last wrote (per-field hashes), under the conflict policy.
// Partners carry no Metakocka change time (API.md §4): a Metakocka change counts from when the sync first saw it.
import type { ConflictPolicy } from 'server/settings/schema';
import { hashValue, type FieldHashes } from './hashing';

export interface FieldValues {
  name: string;
  mk: unknown;
  tw: unknown;
  /** One-way fields (Metakocka only) always take the Metakocka value. */
  twoWay: boolean;
}

export interface ReconcileInput {
  fields: FieldValues[];
  /** Hashes of what the sync last wrote; null when the record was never synced (first bind: Metakocka's values win). */
  last: FieldHashes | null;
  policy: (field: string) => ConflictPolicy;
  twentyChangedAt: string;
  metakockaSeenAt: string;
}

export interface ReconcileResult {
  toTwenty: string[];
  toMetakocka: string[];
  conflicts: string[];
  hashes: FieldHashes;
}

export const fieldHash = (value: unknown) => hashValue(value, 8);

export function reconcile(input: ReconcileInput): ReconcileResult {
  const out: ReconcileResult = { toTwenty: [], toMetakocka: [], conflicts: [], hashes: {} };
  for (const field of input.fields) {
    const mk = fieldHash(field.mk);
    const tw = fieldHash(field.tw);
    const last = input.last?.[field.name];
    if (mk === tw) out.hashes[field.name] = mk;
    else if (!field.twoWay || last === undefined || (mk !== last && tw === last)) take(out, 'toTwenty', field.name, mk);
    else if (mk === last) take(out, 'toMetakocka', field.name, tw);
    else decide(out, field.name, input.policy(field.name), { mk, tw, last }, input);
  }
  return out;
}

function decide(
  out: ReconcileResult,
  name: string,
  policy: ConflictPolicy,
  h: { mk: string; tw: string; last: string },
  input: ReconcileInput,
) {
  if (policy === 'metakocka-wins') return take(out, 'toTwenty', name, h.mk);
  if (policy === 'twenty-wins') return take(out, 'toMetakocka', name, h.tw);
  if (policy === 'newest-wins') {
    const twentyNewer = Date.parse(input.twentyChangedAt) > Date.parse(input.metakockaSeenAt);
    return twentyNewer ? take(out, 'toMetakocka', name, h.tw) : take(out, 'toTwenty', name, h.mk);
  }
  // "ask": neither side is written; the last agreed hash stays so the conflict persists until resolved.
  out.conflicts.push(name);
  out.hashes[name] = h.last;
}

function take(out: ReconcileResult, side: 'toTwenty' | 'toMetakocka', name: string, hash: string) {
  out[side].push(name);
  out.hashes[name] = hash;
}
