/**
 * In-memory rows per object, keyed by id, with hash indexes for unique indexes and foreign keys so upserts and
 * relation look-ups never scan a table (the bench holds ~170k rows). Unique indexes span soft-deleted rows too:
 * the captured indexes have no WHERE clause (i1b) and upsert matches soft-deleted rows (README "Upsert").
 */
import type { DataModel, ObjectMeta, UniqueIndex } from './model';

export type Row = Record<string, unknown> & { id: string; deletedAt: string | null };

class Table {
  readonly rows = new Map<string, Row>();
  readonly unique = new Map<UniqueIndex, Map<string, string>>();
  readonly fk = new Map<string, Map<string, Set<string>>>();
  minPosition = Infinity;
}

export function uniqueKey(index: UniqueIndex, row: Record<string, unknown>): string | undefined {
  const values: unknown[] = [];
  for (const part of index.parts) {
    const value = part.sub
      ? (row[part.field] as Record<string, unknown> | null | undefined)?.[part.sub]
      : row[part.field];
    if (value === null || value === undefined) return undefined; // NULL never collides (README "Empty values")
    values.push(value);
  }
  return JSON.stringify(values);
}

export class StandInStore {
  private readonly tables = new Map<string, Table>();

  constructor(private readonly model: DataModel) {}

  private table(object: string): Table {
    let table = this.tables.get(object);
    if (!table) {
      if (!this.model.get(object)) throw new Error(`Unknown object "${object}"`);
      table = new Table();
      this.tables.set(object, table);
    }
    return table;
  }

  /** All rows of an object in insertion order, soft-deleted included (stored form: empty text is null). */
  rows(object: string): Row[] {
    return [...this.table(object).rows.values()];
  }
  /** Live iteration without copying (used by queries). */
  iterate(object: string): IterableIterator<Row> {
    return this.table(object).rows.values();
  }
  count(object: string, opts: { withDeleted?: boolean } = {}): number {
    let n = 0;
    for (const row of this.iterate(object)) if (opts.withDeleted || row.deletedAt === null) n++;
    return n;
  }
  get(object: string, id: string): Row | undefined {
    return this.table(object).rows.get(id);
  }
  /** Row id holding this unique key, soft-deleted rows included. */
  findUnique(object: string, index: UniqueIndex, key: string): string | undefined {
    return this.table(object).unique.get(index)?.get(key);
  }
  /** Ids of rows whose `joinColumn` equals `targetId`. */
  referencing(object: string, joinColumn: string, targetId: string): string[] {
    return [...(this.table(object).fk.get(joinColumn)?.get(targetId) ?? [])];
  }
  nextPosition(object: string): number {
    // a1, a10, d1: inserted rows get 0, -1, -2, ... below the smallest existing position
    const table = this.table(object);
    const next = Math.min(table.minPosition, 1) - 1;
    table.minPosition = next;
    return next;
  }

  put(object: string, row: Row): void {
    const meta = this.model.get(object)!;
    const table = this.table(object);
    const previous = table.rows.get(row.id);
    if (previous) this.unindex(meta, table, previous);
    table.rows.set(row.id, row);
    this.index(meta, table, row);
    if (typeof row.position === 'number' && row.position < table.minPosition) table.minPosition = row.position;
  }

  remove(object: string, id: string): void {
    const table = this.table(object);
    const row = table.rows.get(id);
    if (!row) return;
    this.unindex(this.model.get(object)!, table, row);
    table.rows.delete(id);
  }

  /** Drops an object's rows (deleteOneObject, i4). */
  dropObject(object: string): void {
    this.tables.delete(object);
  }

  private index(meta: ObjectMeta, table: Table, row: Row): void {
    for (const index of meta.uniqueIndexes) {
      const key = uniqueKey(index, row);
      if (key === undefined) continue;
      let map = table.unique.get(index);
      if (!map) table.unique.set(index, (map = new Map()));
      map.set(key, row.id);
    }
    for (const column of meta.joinColumns.keys()) {
      const target = row[column];
      if (typeof target !== 'string') continue;
      let byTarget = table.fk.get(column);
      if (!byTarget) table.fk.set(column, (byTarget = new Map()));
      let ids = byTarget.get(target);
      if (!ids) byTarget.set(target, (ids = new Set()));
      ids.add(row.id);
    }
  }

  private unindex(meta: ObjectMeta, table: Table, row: Row): void {
    for (const index of meta.uniqueIndexes) {
      const key = uniqueKey(index, row);
      if (key !== undefined && table.unique.get(index)?.get(key) === row.id) table.unique.get(index)!.delete(key);
    }
    for (const column of meta.joinColumns.keys()) {
      const target = row[column];
      if (typeof target === 'string') table.fk.get(column)?.get(target)?.delete(row.id);
    }
  }

  /** Rebuilds indexes of an object after its metadata changed (createOneField with isUnique, i3). */
  reindex(object: string): void {
    const table = this.table(object);
    const rows = [...table.rows.values()];
    table.unique.clear();
    table.fk.clear();
    for (const row of rows) this.index(this.model.get(object)!, table, row);
  }
}
