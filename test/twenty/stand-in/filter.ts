/**
 * Record filters (README "Queries and paging"; d1, d5–d8, g5*): and/or/not, per-type operators, composite
 * sub-fields, SQL three-valued logic (a comparison with NULL is unknown, and `not` of unknown stays unknown — d5),
 * "" and NULL equivalent for text in eq/neq/is (d6), `in: []` refused, UUIDs validated (g5d, g8c, g8d).
 */
import { errors } from './errors';
import { COMPOSITE_SUBFIELDS, type FieldMeta, type ObjectMeta } from './model';
import type { Row } from './store';
import { compileOp, type Predicate, type Tri } from './filter-operators';
import { isUuid } from './values';

const TEXT_OPS = ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'in', 'is', 'like', 'ilike', 'startsWith', 'endsWith']; // g5a message
const ORDERED_OPS = ['eq', 'neq', 'gt', 'gte', 'lt', 'lte', 'in', 'is'];
const OPS: Record<string, string[]> = {
  TEXT: TEXT_OPS,
  UUID: ORDERED_OPS,
  NUMBER: ORDERED_OPS,
  NUMERIC: ORDERED_OPS,
  POSITION: ORDERED_OPS,
  RATING: ['eq', 'neq', 'in', 'is'],
  DATE_TIME: ORDERED_OPS,
  DATE: ORDERED_OPS,
  BOOLEAN: ['eq', 'is'],
  SELECT: ['eq', 'neq', 'in', 'is'],
  MULTI_SELECT: ['containsAny', 'is', 'isEmptyArray'],
  ARRAY: ['containsIlike', 'is', 'isEmptyArray'],
  RAW_JSON: ['is', 'like'],
  FILES: ['is', 'like'],
};

/** Type of a composite sub-field for filtering and ordering. */
export function subFieldType(sub: string): string {
  if (sub === 'amountMicros' || sub === 'addressLat' || sub === 'addressLng') return 'NUMERIC';
  if (sub === 'secondaryLinks' || sub === 'additionalEmails' || sub === 'additionalPhones' || sub === 'context')
    return 'RAW_JSON';
  if (sub === 'workspaceMemberId') return 'UUID';
  return 'TEXT';
}

export interface CompiledFilter {
  predicate: Predicate;
  mentionsDeletedAt: boolean;
  /** When the filter pins the id (eq/in) at top level: only these rows can match. */
  candidateIds?: string[];
}

export function compileFilter(object: ObjectMeta, filter: unknown): CompiledFilter {
  let mentionsDeletedAt = false;
  const compile = (node: unknown): Predicate => {
    if (node === null || node === undefined) return () => true;
    if (typeof node !== 'object' || Array.isArray(node))
      throw errors.invalidFilterValue('filter', 'a filter must be an object');
    const parts: Predicate[] = [];
    for (const [key, value] of Object.entries(node as Record<string, unknown>)) {
      if (value === undefined) continue;
      if (key === 'and' || key === 'or') {
        if (!Array.isArray(value)) throw errors.invalidFilterValue(key, `"${key}" takes a list of filters`);
        const subs = value.map(compile);
        parts.push(key === 'and' ? (row) => and(subs.map((p) => p(row))) : (row) => or(subs.map((p) => p(row))));
        continue;
      }
      if (key === 'not') {
        const sub = compile(value);
        parts.push((row) => {
          const r = sub(row);
          return r === null ? null : !r;
        });
        continue;
      }
      if (key === 'deletedAt') mentionsDeletedAt = true;
      parts.push(compileField(object, key, value));
    }
    return (row) => and(parts.map((p) => p(row)));
  };
  const predicate = compile(filter);
  return { predicate, mentionsDeletedAt, candidateIds: pinnedIds(filter) };
}

function and(values: Tri[]): Tri {
  let unknown = false;
  for (const v of values) {
    if (v === false) return false;
    if (v === null) unknown = true;
  }
  return unknown ? null : true;
}

function or(values: Tri[]): Tri {
  let unknown = false;
  for (const v of values) {
    if (v === true) return true;
    if (v === null) unknown = true;
  }
  return unknown ? null : false;
}

function pinnedIds(filter: unknown): string[] | undefined {
  if (!filter || typeof filter !== 'object') return undefined;
  const f = filter as Record<string, unknown>;
  const id = f.id as Record<string, unknown> | undefined;
  if (id && typeof id === 'object') {
    if (isUuid(id.eq)) return [id.eq.toLowerCase()];
    if (Array.isArray(id.in) && id.in.every(isUuid)) return id.in.map((v: string) => v.toLowerCase());
  }
  if (Array.isArray(f.and))
    for (const part of f.and) {
      const ids = pinnedIds(part);
      if (ids) return ids;
    }
  return undefined;
}

function compileField(object: ObjectMeta, key: string, value: unknown): Predicate {
  const fkOwner = object.joinColumns.get(key);
  if (fkOwner) return compileOps(object, key, 'UUID', value, (row) => row[key]);
  const field = object.fields.get(key);
  if (!field || field.type === 'RELATION') throw errors.unknownFilterField(object.nameSingular, key); // g5c
  const subs = COMPOSITE_SUBFIELDS[field.type];
  if (subs) {
    if (typeof value !== 'object' || value === null)
      throw errors.invalidFilterValue(key, 'composite fields are filtered by sub-field');
    const parts: Predicate[] = [];
    for (const [sub, ops] of Object.entries(value as Record<string, unknown>)) {
      if (!subs.includes(sub)) throw errors.unknownFilterField(object.nameSingular, `${key}.${sub}`);
      const type = field.type === 'ACTOR' && sub === 'source' ? 'SELECT' : subFieldType(sub);
      parts.push(
        compileOps(
          object,
          `${key}.${sub}`,
          type,
          ops,
          (row) => (row[key] as Record<string, unknown> | null | undefined)?.[sub] ?? null,
        ),
      );
    }
    return (row) => and(parts.map((p) => p(row)));
  }
  return compileOps(object, key, field.type, value, (row) => row[key], field);
}

function compileOps(
  _object: ObjectMeta,
  path: string,
  type: string,
  ops: unknown,
  get: (row: Row) => unknown,
  field?: FieldMeta,
): Predicate {
  if (typeof ops !== 'object' || ops === null || Array.isArray(ops))
    throw errors.invalidFilterValue(path, 'expected an operator object such as {eq: …}');
  const allowed = OPS[type] ?? ['eq', 'neq', 'in', 'is'];
  const parts: Predicate[] = [];
  for (const [op, raw] of Object.entries(ops as Record<string, unknown>)) {
    if (!allowed.includes(op)) throw errors.invalidOperator(op, path, type, allowed); // g5a, g5b
    parts.push(compileOp(path, type, op, raw, get, field));
  }
  return (row) => and(parts.map((p) => p(row)));
}
