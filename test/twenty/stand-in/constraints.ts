/**
 * Database-level rules evaluated over a whole staged batch before anything is committed (README "Upsert": every
 * error fails the whole batch): upsert matching on id or any unique index incl. soft-deleted rows (a2, a3, a10)
 * and its multiple-match conflict (a6); primary key, unique (a7, within the batch too) and foreign keys (b5).
 */
import { errors } from './errors';
import { foreignKeyName, type ObjectMeta } from './model';
import type { Patch } from './record-input';
import { uniqueKey, type Row, type StandInStore } from './store';

/** The existing row an upsert input matches, or undefined to insert. */
export function upsertMatch(store: StandInStore, object: ObjectMeta, patch: Patch): Row | undefined {
  const found = new Map<string, string[]>();
  const note = (id: string, criterion: string) => found.set(id, [...(found.get(id) ?? []), criterion]);
  if (typeof patch.id === 'string' && store.get(object.nameSingular, patch.id)) note(patch.id, `id: ${patch.id}`);
  for (const index of object.uniqueIndexes) {
    const key = uniqueKey(index, patch);
    if (key === undefined) continue;
    const id = store.findUnique(object.nameSingular, index, key);
    if (!id) continue;
    const values = JSON.parse(key) as unknown[];
    note(id, index.parts.map((p, i) => `${p.sub ? `${p.field}.${p.sub}` : p.field}: ${String(values[i])}`).join(', '));
  }
  if (found.size > 1) throw errors.upsertConflict([...found.values()].flat().join(', ')); // a6
  const [id] = found.keys();
  return id ? store.get(object.nameSingular, id) : undefined;
}

/** Primary key, unique indexes (within the batch too) and foreign keys, as Postgres would check them. */
export function checkConstraints(
  store: StandInStore,
  object: ObjectMeta,
  staged: Row[],
  updatingIds: Set<string>,
): void {
  const name = object.nameSingular;
  const seenIds = new Set<string>();
  for (const row of staged) {
    if (!updatingIds.has(row.id) && (store.get(name, row.id) || seenIds.has(row.id)))
      throw errors.duplicate('Id', row.id, name);
    seenIds.add(row.id);
  }
  for (const index of object.uniqueIndexes) {
    const batch = new Map<string, string>();
    for (const row of staged) {
      const key = uniqueKey(index, row);
      if (key === undefined) continue;
      const holder = store.findUnique(name, index, key);
      const label = object.fields.get(index.parts[0]!.field)?.label ?? index.parts[0]!.field;
      if (holder && holder !== row.id && !staged.some((s) => s.id === holder && uniqueKey(index, s) !== key))
        throw errors.duplicate(label, holder, name); // a7
      const inBatch = batch.get(key);
      if (inBatch && inBatch !== row.id) throw errors.duplicate(label, inBatch, name);
      batch.set(key, row.id);
    }
  }
  for (const [column, field] of object.joinColumns) {
    const target = field.relation!.targetObject;
    for (const row of staged) {
      const value = row[column];
      if (typeof value !== 'string') continue;
      if (store.get(target, value) || (target === name && seenIds.has(value))) continue;
      throw errors.foreignKey(object.table, foreignKeyName(object.table, column)); // b5
    }
  }
  for (const { column, exists } of object.metadataKeys ?? [])
    for (const row of staged) {
      const value = row[column];
      if (typeof value === 'string' && !exists(value))
        throw errors.foreignKey(object.table, foreignKeyName(object.table, column)); // b5
    }
}
