/**
 * Ordering and Relay paging (README "Queries and paging"; d1–d4, g8e):
 * orderBy is a list of {field: Direction} or {composite: {sub: Direction}}; `id AscNullsFirst` is always appended;
 * a cursor is base64(JSON of the order-by values + id); forward paging never reports hasPreviousPage, backward
 * paging never reports hasNextPage and still returns edges ascending; default page size 200, no cap on `first`.
 */
import { errors, TwentyApiError } from './errors';
import { subFieldType } from './filter';
import { COMPOSITE_SUBFIELDS, type ObjectMeta } from './model';
import type { Row } from './store';
import { renderSubField, renderValue } from './values';

type Direction = 'AscNullsFirst' | 'AscNullsLast' | 'DescNullsFirst' | 'DescNullsLast';
const DIRECTIONS = new Set(['AscNullsFirst', 'AscNullsLast', 'DescNullsFirst', 'DescNullsLast']);

interface OrderTerm {
  field: string;
  sub?: string;
  dir: Direction;
  type: string;
}

export interface Order {
  terms: OrderTerm[];
  key(row: Row): unknown[];
  compareKeys(a: unknown[], b: unknown[]): number;
  /** Allocation-free comparison of two rows (the hot path when paging over 100k rows). */
  compareRows(a: Row, b: Row): number;
  /** Row versus a decoded cursor key. */
  compareRowToKey(row: Row, key: unknown[]): number;
  cursor(row: Row, object: ObjectMeta): string;
  decodeCursor(cursor: unknown): unknown[];
}

export const DEFAULT_PAGE_SIZE = 200; // QUERY_MAX_RECORDS (README "Key limits")

export function compileOrder(object: ObjectMeta, orderBy: unknown): Order {
  const terms: OrderTerm[] = [];
  const list = orderBy == null ? [] : Array.isArray(orderBy) ? orderBy : [orderBy];
  for (const item of list) {
    if (!item || typeof item !== 'object') throw badOrder(object, String(item));
    for (const [name, spec] of Object.entries(item as Record<string, unknown>)) {
      const fk = object.joinColumns.get(name);
      const field = object.fields.get(name);
      if (!fk && (!field || field.type === 'RELATION')) throw badOrder(object, name);
      if (field && COMPOSITE_SUBFIELDS[field.type]) {
        if (!spec || typeof spec !== 'object') throw badOrder(object, name);
        for (const [sub, dir] of Object.entries(spec as Record<string, unknown>)) {
          if (!COMPOSITE_SUBFIELDS[field.type]!.includes(sub)) throw badOrder(object, `${name}.${sub}`);
          terms.push({ field: name, sub, dir: direction(dir), type: subFieldType(sub) });
        }
      } else {
        terms.push({ field: name, dir: direction(spec), type: fk ? 'UUID' : field!.type });
      }
    }
  }
  const valueOf = (row: Row, term: OrderTerm): unknown => {
    const v = term.sub ? (row[term.field] as Record<string, unknown> | null | undefined)?.[term.sub] : row[term.field];
    return v === undefined || v === '' ? null : v;
  };
  const key = (row: Row) => [...terms.map((t) => valueOf(row, t)), row.id];
  const compareKeys = (a: unknown[], b: unknown[]) => {
    for (let i = 0; i < terms.length; i++) {
      const c = compareValues(a[i], b[i], terms[i]!.dir);
      if (c !== 0) return c;
    }
    return compareValues(a[terms.length], b[terms.length], 'AscNullsFirst');
  };
  const compareRows = (a: Row, b: Row) => {
    for (let i = 0; i < terms.length; i++) {
      const c = compareValues(valueOf(a, terms[i]!), valueOf(b, terms[i]!), terms[i]!.dir);
      if (c !== 0) return c;
    }
    return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
  };
  const compareRowToKey = (row: Row, k: unknown[]) => {
    for (let i = 0; i < terms.length; i++) {
      const c = compareValues(valueOf(row, terms[i]!), k[i], terms[i]!.dir);
      if (c !== 0) return c;
    }
    const id = k[terms.length] as string;
    return row.id < id ? -1 : row.id > id ? 1 : 0;
  };
  return {
    terms,
    key,
    compareKeys,
    compareRows,
    compareRowToKey,
    cursor(row, obj) {
      // d2, d4: {"name":…,"id":…} / {"annualRevenue":{"amountMicros":…},"domainName":{"primaryLinkUrl":…},"id":…}
      const payload: Record<string, unknown> = {};
      for (const t of terms) {
        if (t.sub) {
          const holder = (payload[t.field] ??= {}) as Record<string, unknown>;
          holder[t.sub] = renderSubField(t.sub, (row[t.field] as Record<string, unknown> | null | undefined)?.[t.sub]);
        } else {
          const f = obj.fields.get(t.field);
          payload[t.field] = f ? renderValue(f, row[t.field]) : (row[t.field] ?? null);
        }
      }
      payload.id = row.id;
      return Buffer.from(JSON.stringify(payload)).toString('base64');
    },
    decodeCursor(cursor) {
      if (typeof cursor !== 'string') throw errors.invalidCursor();
      let payload: Record<string, unknown>;
      try {
        payload = JSON.parse(Buffer.from(cursor, 'base64').toString('utf8'));
      } catch {
        throw errors.invalidCursor();
      }
      if (!payload || typeof payload !== 'object' || typeof payload.id !== 'string') throw errors.invalidCursor();
      const values = terms.map((t) => {
        const v = t.sub ? (payload[t.field] as Record<string, unknown> | undefined)?.[t.sub] : payload[t.field];
        return v === undefined || v === '' ? null : v;
      });
      return [...values, payload.id];
    },
  };
}

function badOrder(object: ObjectMeta, name: string): TwentyApiError {
  return new TwentyApiError(
    `Object ${object.nameSingular} doesn't have any "${name}" field.`,
    'BAD_USER_INPUT',
    'INVALID_ARGS_ORDER_BY',
    'An error occurred.',
  );
}

function direction(value: unknown): Direction {
  if (typeof value !== 'string' || !DIRECTIONS.has(value))
    throw new TwentyApiError(
      `Invalid order direction ${JSON.stringify(value)}`,
      'BAD_USER_INPUT',
      'INVALID_ARGS_ORDER_BY',
      'An error occurred.',
    );
  return value as Direction;
}

function compareValues(a: unknown, b: unknown, dir: Direction): number {
  const aNull = a === null || a === undefined;
  const bNull = b === null || b === undefined;
  if (aNull || bNull) {
    if (aNull && bNull) return 0;
    const nullsFirst = dir === 'AscNullsFirst' || dir === 'DescNullsFirst';
    return aNull === nullsFirst ? -1 : 1;
  }
  let c: number;
  if (typeof a === 'string' && typeof b === 'string')
    c = a < b ? -1 : a > b ? 1 : 0; // byte order, like the captured ordering (d2: "Beta (" before "Beta-")
  else if (typeof a === 'number' && typeof b === 'number') c = a - b;
  else if (typeof a === 'boolean' && typeof b === 'boolean') c = Number(a) - Number(b);
  else {
    const x = JSON.stringify(a);
    const y = JSON.stringify(b);
    c = x < y ? -1 : x > y ? 1 : 0;
  }
  return dir === 'DescNullsFirst' || dir === 'DescNullsLast' ? -c : c;
}

export interface PageArgs {
  first?: unknown;
  last?: unknown;
  after?: unknown;
  before?: unknown;
}

export interface Page {
  rows: Row[];
  totalCount: number;
  hasNextPage: boolean;
  hasPreviousPage: boolean;
}

/** Pages already-filtered rows in one pass with a bounded buffer, so a 200-row page over 100k rows stays cheap. */
export function paginate(rows: Row[], order: Order, args: PageArgs, defaultSize = DEFAULT_PAGE_SIZE): Page {
  const totalCount = rows.length;
  const first = toCount(args.first, 'first');
  const last = toCount(args.last, 'last');
  const after = args.after != null ? order.decodeCursor(args.after) : undefined;
  const before = args.before != null ? order.decodeCursor(args.before) : undefined;
  const inRange = (r: Row) =>
    (!after || order.compareRowToKey(r, after) > 0) && (!before || order.compareRowToKey(r, before) < 0);
  if (last !== undefined && first === undefined) {
    // d3: backward paging takes the last N before the cursor and still returns them ascending
    const { items, more } = smallest(rows, inRange, last, (x, y) => order.compareRows(y, x));
    return { rows: items.reverse(), totalCount, hasNextPage: false, hasPreviousPage: more };
  }
  const size = first ?? defaultSize;
  const { items, more } = smallest(rows, inRange, size, order.compareRows);
  return { rows: items, totalCount, hasNextPage: more, hasPreviousPage: false };
}

function toCount(value: unknown, name: 'first' | 'last'): number | undefined {
  if (value === null || value === undefined) return undefined;
  if (typeof value !== 'number' || !Number.isInteger(value))
    throw new TwentyApiError(`Invalid ${name} argument`, 'BAD_USER_INPUT', 'INVALID_ARGS_FIRST', 'An error occurred.');
  if (value < 0) throw name === 'first' ? errors.negativeFirst() : errors.negativeLast(); // g8e notes: first:-1
  return value;
}

/** The k smallest accepted items in order, and whether more accepted items exist. */
function smallest<T>(
  items: T[],
  accept: (item: T) => boolean,
  k: number,
  cmp: (a: T, b: T) => number,
): { items: T[]; more: boolean } {
  const out: T[] = [];
  let accepted = 0;
  for (const item of items) {
    if (!accept(item)) continue;
    accepted++;
    if (k === 0) continue;
    if (out.length === k && cmp(item, out[k - 1]!) >= 0) continue;
    let lo = 0;
    let hi = out.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (cmp(out[mid]!, item) <= 0) lo = mid + 1;
      else hi = mid;
    }
    out.splice(lo, 0, item);
    if (out.length > k) out.pop();
  }
  return { items: out, more: accepted > k };
}
