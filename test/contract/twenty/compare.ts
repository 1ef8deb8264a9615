/**
 * Normalises recorded and replayed GraphQL/REST answers so they can be compared exactly, "ids, timestamps and
 * cursors aside" (issue #4): timestamps become "<ts>", cursors are decoded (their JSON must match), BlockNote
 * strings lose their random block ids, and on /metadata every UUID is masked (object/field ids are per server).
 */
const ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?Z$/;
const UUID = /[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/gi;

export interface NormaliseOptions {
  maskUuids?: boolean;
  /** Compare lists as multisets (Postgres returns bulk-update rows in physical order, e1–e9). */
  unordered?: boolean;
}

export function normalise(value: unknown, opts: NormaliseOptions = {}, key = ''): unknown {
  if (typeof value === 'string') {
    if ((key === 'cursor' || key === 'startCursor' || key === 'endCursor') && value) {
      const decoded = Buffer.from(value, 'base64').toString('utf8');
      try {
        return { cursor: normalise(JSON.parse(decoded), opts) };
      } catch {
        return { cursor: decoded };
      }
    }
    if (key === 'blocknote' && value.startsWith('[')) return normalise(stripIds(JSON.parse(value)), opts);
    if (ISO.test(value)) return '<ts>';
    return opts.maskUuids ? value.replace(UUID, '<uuid>') : value;
  }
  if (Array.isArray(value)) {
    const items = value.map((v) => normalise(v, opts, key));
    return opts.unordered ? items.sort((a, b) => (JSON.stringify(a) < JSON.stringify(b) ? -1 : 1)) : items;
  }
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) out[k] = normalise(v, opts, k);
    return out;
  }
  return value;
}

function stripIds(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(stripIds);
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [k, v] of Object.entries(value)) if (k !== 'id') out[k] = stripIds(v);
    return out;
  }
  return value;
}

/** Every `id` that looks like a record UUID, in document order (used to feed the stand-in the recorded ids). */
export function recordIds(value: unknown, out: string[] = []): string[] {
  if (Array.isArray(value)) for (const v of value) recordIds(v, out);
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if (k === 'id' && typeof v === 'string' && /^[0-9a-f-]{36}$/i.test(v)) out.push(v);
      else recordIds(v, out);
    }
  }
  return out;
}
