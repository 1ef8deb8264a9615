/**
 * One filter operator on one value (README "Queries and paging"): eq/neq/gt/gte/lt/lte/in/is/like/ilike/
 * startsWith/endsWith, containsAny/containsIlike/isEmptyArray for arrays, `like` on JSON text (d8). A comparison
 * with NULL is unknown (null), "" equals NULL for text eq/neq (d6), `in: []` is refused, UUID operands are
 * validated (g5d, g8c).
 */
import { errors } from './errors';
import type { FieldMeta } from './model';
import type { Row } from './store';
import { isUuid } from './values';

/** SQL's three-valued logic: a comparison with NULL is unknown (d5). */
export type Tri = boolean | null;
export type Predicate = (row: Row) => Tri;

function normaliseOperand(path: string, type: string, value: unknown, field?: FieldMeta): unknown {
  if (type === 'UUID') {
    if (!isUuid(value)) throw errors.invalidUuid(value, path, 'INVALID_ARGS_FILTER'); // g5d, g8c
    return value.toLowerCase();
  }
  if (type === 'NUMBER' || type === 'NUMERIC' || type === 'POSITION') {
    const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : NaN;
    if (!Number.isFinite(n)) throw errors.invalidFilterValue(path, `${JSON.stringify(value)} is not a number`);
    return n;
  }
  if (type === 'DATE_TIME') {
    if (typeof value !== 'string' || Number.isNaN(Date.parse(value)))
      throw errors.invalidFilterValue(path, `${JSON.stringify(value)} is not a date`);
    return Date.parse(value);
  }
  if (type === 'BOOLEAN') {
    if (typeof value !== 'boolean') throw errors.invalidFilterValue(path, `${JSON.stringify(value)} is not a boolean`);
    return value;
  }
  if (type === 'SELECT' && field?.options && (typeof value !== 'string' || !field.options.includes(value)))
    throw errors.invalidFilterValue(path, `${JSON.stringify(value)} is not one of ${field.options.join(', ')}`);
  if (typeof value !== 'string') throw errors.invalidFilterValue(path, `${JSON.stringify(value)} is not a string`);
  return value;
}

function comparable(type: string, value: unknown): unknown {
  if (value === null || value === undefined) return null;
  if (type === 'DATE_TIME') return Date.parse(value as string);
  if (type === 'UUID' && typeof value === 'string') return value.toLowerCase();
  return value;
}

function likeRegex(pattern: string, flags: string): RegExp {
  const body = pattern
    .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
    .replace(/%/g, '.*')
    .replace(/_/g, '.');
  return new RegExp(`^${body}$`, flags + 's');
}

/** Postgres-like text of a JSON value (`jsonb::text` puts a space after commas), used by `like` on JSON (d8). */
function jsonText(value: unknown): string {
  return JSON.stringify(value).replace(/","/g, '", "').replace(/},\{/g, '}, {');
}

export function compileOp(
  path: string,
  type: string,
  op: string,
  raw: unknown,
  get: (row: Row) => unknown,
  field?: FieldMeta,
): Predicate {
  const isText = type === 'TEXT';
  if (op === 'is') {
    if (raw !== 'NULL' && raw !== 'NOT_NULL') throw errors.invalidFilterValue(path, '"is" takes NULL or NOT_NULL');
    const wantNull = raw === 'NULL';
    return (row) => {
      const v = get(row);
      const empty = v === null || v === undefined;
      return wantNull ? empty : !empty;
    };
  }
  if (op === 'in') {
    if (!Array.isArray(raw) || raw.length === 0) throw errors.emptyInList(path); // README: `in: []` is an error
    const set = new Set(raw.map((v) => normaliseOperand(path, type, v, field)));
    return (row) => {
      const v = comparable(type, get(row));
      return v === null ? null : set.has(v);
    };
  }
  if (op === 'isEmptyArray') {
    return (row) => {
      const v = get(row);
      const empty = v === null || v === undefined || (Array.isArray(v) && v.length === 0);
      return raw ? empty : !empty;
    };
  }
  if (op === 'containsAny') {
    if (!Array.isArray(raw)) throw errors.invalidFilterValue(path, '"containsAny" takes a list');
    return (row) => {
      const v = get(row);
      return Array.isArray(v) ? v.some((x) => raw.includes(x)) : null;
    };
  }
  if (op === 'containsIlike') {
    const re = likeRegex(String(raw), 'i');
    return (row) => {
      const v = get(row);
      return Array.isArray(v) ? v.some((x) => re.test(String(x))) : null;
    };
  }
  if (type === 'RAW_JSON' || type === 'FILES') {
    const re = likeRegex(String(raw), '');
    return (row) => {
      const v = get(row);
      return v === null || v === undefined ? null : re.test(jsonText(v));
    };
  }
  // d6: for text, "" and NULL are the same value in eq / neq
  if (isText && raw === '' && (op === 'eq' || op === 'neq')) {
    return (row) => {
      const v = get(row);
      const empty = v === null || v === undefined || v === '';
      return op === 'eq' ? empty : !empty;
    };
  }
  if (op === 'like' || op === 'ilike') {
    if (typeof raw !== 'string') throw errors.invalidFilterValue(path, `"${op}" takes a string`);
    const re = likeRegex(raw, op === 'ilike' ? 'i' : '');
    return (row) => {
      const v = get(row);
      return v === null || v === undefined ? null : re.test(String(v));
    };
  }
  if (op === 'startsWith' || op === 'endsWith') {
    if (typeof raw !== 'string') throw errors.invalidFilterValue(path, `"${op}" takes a string`);
    return (row) => {
      const v = get(row);
      if (v === null || v === undefined) return null;
      return op === 'startsWith' ? String(v).startsWith(raw) : String(v).endsWith(raw);
    };
  }
  const operand = normaliseOperand(path, type, raw, field) as number | string | boolean;
  return (row) => {
    const v = comparable(type, get(row)) as number | string | boolean | null;
    if (v === null) return null;
    switch (op) {
      case 'eq':
        return v === operand;
      case 'neq':
        return v !== operand;
      case 'gt':
        return v > operand;
      case 'gte':
        return v >= operand;
      case 'lt':
        return v < operand;
      case 'lte':
        return v <= operand;
      default:
        return null;
    }
  };
}
