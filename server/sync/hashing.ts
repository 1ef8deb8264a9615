// Content hashes: whole-record and per-field, so the sync writes only what changed and recognises its own writes.
import { createHash } from 'node:crypto';

/** Empty text, null, undefined and [] mean the same in Twenty (stored NULL, returned "" / [], contract/README.md "Empty values"). */
export function canonical(value: unknown): unknown {
  if (value === null || value === undefined || value === '') return null;
  if (Array.isArray(value)) return value.length === 0 ? null : value.map(canonical);
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .map(([k, v]) => [k, canonical(v)] as const)
      .filter(([, v]) => v !== null)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return entries.length === 0 ? null : Object.fromEntries(entries);
  }
  if (typeof value === 'number') return String(value); // amounts arrive as numbers or numeric strings
  return value;
}

export const stableJson = (value: unknown): string => JSON.stringify(canonical(value)) ?? 'null';

export const hashValue = (value: unknown, length = 16): string =>
  createHash('sha256').update(stableJson(value)).digest('hex').slice(0, length);

export type FieldHashes = Record<string, string>;

/** Per-field hashes of a flat draft (composites count as one field). */
export function fieldHashes(fields: Record<string, unknown>, names: readonly string[]): FieldHashes {
  return Object.fromEntries(names.map((name) => [name, hashValue(fields[name], 8)]));
}

// The record's sync-hash field holds "v1|name=hash;name=hash": what the sync last wrote, field by field.
export function encodeFieldHashes(hashes: FieldHashes): string {
  return (
    'v1|' +
    Object.keys(hashes)
      .sort()
      .map((name) => `${name}=${hashes[name]}`)
      .join(';')
  );
}

export function decodeFieldHashes(encoded: string | null | undefined): FieldHashes | null {
  if (!encoded || !encoded.startsWith('v1|')) return null;
  const out: FieldHashes = {};
  for (const part of encoded.slice(3).split(';')) {
    const [name, hash] = part.split('=');
    if (name && hash) out[name] = hash;
  }
  return out;
}

/** Deterministic UUID (v4 layout) from a key, so a retried create writes the same id (APPS.md §8: deterministic record ids). */
export function uuidFromKey(key: string): string {
  const hex = createHash('sha256').update(key).digest('hex');
  const variant = ((parseInt(hex[16]!, 16) & 0x3) | 0x8).toString(16);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-4${hex.slice(13, 16)}-${variant}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}
