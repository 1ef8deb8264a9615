// Finds the items of one top-level list in a JSON answer without parsing the whole answer. get_partner without a filter
// answers the whole partner register at once (API.md §2.2); parsed whole, its text and object tree were the largest
// part of a partners job's memory (docs/sync-performance.md). Works on the raw UTF-8 bytes: every byte the scan looks
// at (quotes, backslashes, brackets, commas) is ASCII, and no byte of a multi-byte character is.

export interface ListSpans {
  /** Byte offsets of the list's `[` and of the byte after its `]`. */
  start: number;
  end: number;
  /** [start, end) of each item. */
  items: Array<[number, number]>;
}

const QUOTE = 0x22;
const BACKSLASH = 0x5c;
const COMMA = 0x2c;
const COLON = 0x3a;
const OPEN = new Set([0x7b, 0x5b]);
const CLOSE = new Set([0x7d, 0x5d]);
const SPACE = new Set([0x20, 0x09, 0x0a, 0x0d]);

/** Index of the byte after the string that starts at `at` (a quote). */
function endOfString(bytes: Uint8Array, at: number): number {
  for (let i = at + 1; i < bytes.length; i += 1) {
    if (bytes[i] === BACKSLASH) i += 1;
    else if (bytes[i] === QUOTE) return i + 1;
  }
  return bytes.length;
}

const skipSpace = (bytes: Uint8Array, at: number) => {
  let i = at;
  while (i < bytes.length && SPACE.has(bytes[i]!)) i += 1;
  return i;
};

function sameBytes(bytes: Uint8Array, at: number, wanted: Uint8Array): boolean {
  if (at + wanted.length > bytes.length) return false;
  for (let j = 0; j < wanted.length; j += 1) if (bytes[at + j] !== wanted[j]) return false;
  return true;
}

/** The spans of `key`'s list in a JSON object, or null when the answer has no such list (the caller parses it whole). */
export function findListItems(bytes: Uint8Array, key: string): ListSpans | null {
  const quotedKey = new TextEncoder().encode(JSON.stringify(key));
  let depth = 0;
  for (let i = skipSpace(bytes, 0); i < bytes.length; i += 1) {
    const b = bytes[i]!;
    if (b === QUOTE) {
      const after = endOfString(bytes, i);
      const isKey =
        depth === 1 &&
        after - i === quotedKey.length &&
        sameBytes(bytes, i, quotedKey) &&
        bytes[skipSpace(bytes, after)] === COLON;
      if (isKey) {
        const start = skipSpace(bytes, skipSpace(bytes, after) + 1);
        return bytes[start] === 0x5b ? itemsOf(bytes, start) : null;
      }
      i = after - 1;
    } else if (OPEN.has(b)) depth += 1;
    else if (CLOSE.has(b)) depth -= 1;
  }
  return null;
}

function itemsOf(bytes: Uint8Array, start: number): ListSpans | null {
  const items: Array<[number, number]> = [];
  let depth = 0;
  let itemStart = skipSpace(bytes, start + 1);
  let last = itemStart; // the byte after the last non-space byte of the current item
  for (let i = itemStart; i < bytes.length; i += 1) {
    const b = bytes[i]!;
    if (SPACE.has(b)) continue;
    if (b === QUOTE) {
      i = endOfString(bytes, i) - 1;
    } else if (OPEN.has(b)) depth += 1;
    else if (CLOSE.has(b)) {
      if (depth === 0) {
        if (last > itemStart) items.push([itemStart, last]);
        return { start, end: i + 1, items };
      }
      depth -= 1;
    } else if (b === COMMA && depth === 0) {
      items.push([itemStart, last]);
      itemStart = skipSpace(bytes, i + 1);
      last = itemStart;
      i = itemStart - 1;
      continue;
    }
    last = i + 1;
  }
  return null;
}
