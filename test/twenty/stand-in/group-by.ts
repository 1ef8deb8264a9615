/**
 * `<plural>GroupBy(groupBy, filter, limit)` (UI-SURFACES.md §5): one group per distinct combination of the named
 * scalar fields, each with `groupByDimensionValues` (in `groupBy` order) and `totalCount`; largest group first. Only
 * what the app asks for is played: scalar fields and totalCount, no date granularity, no edges.
 */
import type { FieldNode } from 'graphql';

import { errors } from './errors';
import type { Row } from './store';

export function groupRows(rows: Row[], args: Record<string, unknown>, node: FieldNode): Array<Record<string, unknown>> {
  const dimensions = (Array.isArray(args.groupBy) ? args.groupBy : [args.groupBy]).flatMap((item) =>
    Object.entries((item ?? {}) as Record<string, unknown>)
      .filter(([, on]) => on === true)
      .map(([field]) => field),
  );
  if (dimensions.length === 0) throw errors.invalidFilterValue('groupBy', 'name at least one field: { field: true }');
  const groups = new Map<string, { values: unknown[]; count: number }>();
  for (const row of rows) {
    const values = dimensions.map((field) => row[field] ?? null);
    const key = JSON.stringify(values);
    const group = groups.get(key) ?? { values, count: 0 };
    group.count += 1;
    groups.set(key, group);
  }
  const limit = typeof args.limit === 'number' ? args.limit : Infinity;
  const selected = new Set((node.selectionSet?.selections ?? []).map((s) => (s as FieldNode).name.value));
  return [...groups.values()]
    .sort((a, b) => b.count - a.count || JSON.stringify(a.values).localeCompare(JSON.stringify(b.values)))
    .slice(0, limit)
    .map((group) => ({
      ...(selected.has('groupByDimensionValues') ? { groupByDimensionValues: group.values } : {}),
      ...(selected.has('totalCount') ? { totalCount: group.count } : {}),
    }));
}
