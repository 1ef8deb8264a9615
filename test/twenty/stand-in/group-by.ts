/**
 * `<plural>GroupBy` on /graphql (UI-SURFACES.md §5; contract core-schema: `XGroupByInput`, `XGroupByConnection`).
 * Modelled from the schema only, since no group-by exchange was recorded: groups by scalar, select and boolean fields
 * and composite sub-fields (`amount: { currencyCode: true }`); answers `groupByDimensionValues` (the group's key values
 * in `groupBy` order), `totalCount` and the aggregate fields named `<op><Field><SubField>` (sum, avg, min, max,
 * countEmpty, countNotEmpty, countTrue, countFalse). Groups come in ascending key order; `limit` caps the number of
 * groups. UNCONFIRMED: the real server's group order and `limit` semantics, the type of a sum (returned here as a
 * JSON number, as a Float would be), and date-granularity keys, which the stand-in refuses rather than invent.
 */
import type { SelectionSetNode } from 'graphql';

import { DocumentError } from './errors';
import { capitalize, COMPOSITE_SUBFIELDS, type ObjectMeta } from './model';
import type { Row } from './store';

type Dimension = { field: string; sub?: string };

const AGGREGATE_OPS = ['sum', 'avg', 'min', 'max', 'countEmpty', 'countNotEmpty', 'countTrue', 'countFalse'] as const;
type AggregateOp = (typeof AGGREGATE_OPS)[number];

function dimensionsOf(object: ObjectMeta, groupBy: unknown): Dimension[] {
  if (!Array.isArray(groupBy) || groupBy.length === 0)
    throw new DocumentError(`${object.namePlural}GroupBy needs a non-empty groupBy list.`);
  return groupBy.flatMap((entry: Record<string, unknown>) =>
    Object.entries(entry).map(([field, flag]): Dimension => {
      const meta = object.fields.get(field) ?? [...object.joinColumns.values()].find((f) => `${f.name}Id` === field);
      if (!meta && !['id', 'createdAt', 'updatedAt'].includes(field))
        throw new DocumentError(`Unknown field "${field}" in groupBy of ${object.nameSingular}.`);
      if (flag === true) return { field };
      const subs = Object.entries((flag ?? {}) as Record<string, unknown>).filter(([, on]) => on === true);
      if (subs.length === 1 && COMPOSITE_SUBFIELDS[meta?.type ?? '']?.includes(subs[0]![0]))
        return { field, sub: subs[0]![0] };
      throw new DocumentError(
        `The stand-in groups only by scalar fields and one composite sub-field; "${field}" was given ${JSON.stringify(flag)} (date granularity is not modelled).`,
      );
    }),
  );
}

const valueAt = (row: Row, dim: { field: string; sub?: string }): unknown => {
  const value = row[dim.field];
  if (dim.sub === undefined) return value ?? null;
  return value && typeof value === 'object' ? ((value as Record<string, unknown>)[dim.sub] ?? null) : null;
};

/** `sumRevenueAmountAmountMicros` → { op: 'sum', field: 'revenueAmount', sub: 'amountMicros' }. */
function aggregateOf(object: ObjectMeta, name: string): { op: AggregateOp; field: string; sub?: string } | null {
  for (const op of AGGREGATE_OPS) {
    if (!name.startsWith(op)) continue;
    for (const field of object.fields.values()) {
      const base = `${op}${capitalize(field.name)}`;
      if (name === base) return { op, field: field.name };
      for (const sub of COMPOSITE_SUBFIELDS[field.type] ?? [])
        if (name === `${base}${capitalize(sub)}`) return { op, field: field.name, sub };
    }
  }
  return null;
}

function aggregate(rows: Row[], op: AggregateOp, dim: { field: string; sub?: string }): number | null {
  const values = rows.map((row) => valueAt(row, dim));
  const present = values.filter((v) => v !== null && v !== undefined && v !== '');
  const numbers = present.map(Number).filter((n) => Number.isFinite(n));
  switch (op) {
    case 'sum':
      return numbers.length === 0 ? null : numbers.reduce((a, b) => a + b, 0);
    case 'avg':
      return numbers.length === 0 ? null : numbers.reduce((a, b) => a + b, 0) / numbers.length;
    case 'min':
      return numbers.length === 0 ? null : Math.min(...numbers);
    case 'max':
      return numbers.length === 0 ? null : Math.max(...numbers);
    case 'countEmpty':
      return values.length - present.length;
    case 'countNotEmpty':
      return present.length;
    case 'countTrue':
      return values.filter((v) => v === true).length;
    case 'countFalse':
      return values.filter((v) => v === false).length;
  }
}

const keyOf = (values: unknown[]) => JSON.stringify(values);
const compareKeys = (a: unknown[], b: unknown[]) => {
  for (let i = 0; i < a.length; i += 1) {
    const x = a[i] ?? null;
    const y = b[i] ?? null;
    if (x === y) continue;
    if (x === null) return 1;
    if (y === null) return -1;
    return String(x) < String(y) ? -1 : 1;
  }
  return 0;
};

export function groupRows(
  object: ObjectMeta,
  rows: Row[],
  args: { groupBy?: unknown; limit?: unknown },
  selected: SelectionSetNode | undefined,
  fieldsOf: (set: SelectionSetNode | undefined) => Array<{ name: { value: string }; alias?: { value: string } }>,
): Array<Record<string, unknown>> {
  const dims = dimensionsOf(object, args.groupBy);
  const groups = new Map<string, { values: unknown[]; rows: Row[] }>();
  for (const row of rows) {
    const values = dims.map((dim) => valueAt(row, dim));
    const key = keyOf(values);
    const group = groups.get(key) ?? { values, rows: [] };
    group.rows.push(row);
    groups.set(key, group);
  }
  const ordered = [...groups.values()].sort((a, b) => compareKeys(a.values, b.values));
  const limited = typeof args.limit === 'number' ? ordered.slice(0, args.limit) : ordered;
  const typename = `${capitalize(object.nameSingular)}GroupByConnection`;
  return limited.map((group) => {
    const out: Record<string, unknown> = {};
    for (const node of fieldsOf(selected)) {
      const name = node.name.value;
      const key = node.alias?.value ?? name;
      if (name === '__typename') out[key] = typename;
      else if (name === 'groupByDimensionValues') out[key] = group.values;
      else if (name === 'totalCount') out[key] = group.rows.length;
      else {
        const agg = aggregateOf(object, name);
        if (!agg) throw new DocumentError(`Cannot query field "${name}" on type "${typename}".`);
        out[key] = aggregate(group.rows, agg.op, agg);
      }
    }
    return out;
  });
}
