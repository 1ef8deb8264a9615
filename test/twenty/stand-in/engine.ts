/**
 * Record operations behind /graphql and /rest: create (batch cap, upsert), update (affected-records cap),
 * soft delete, restore, destroy, find. Every write validates the whole batch first and commits only when all
 * of it passed (README "Upsert": "In every error case the whole batch fails and nothing is written").
 */
import { randomUUID } from 'node:crypto';
import type { Actor } from './auth';
import { checkConstraints, upsertMatch } from './constraints';
import { errors } from './errors';
import { compileFilter } from './filter';
import { isComposite, type DataModel, type ObjectMeta } from './model';
import { compileOrder, paginate, type Page, type PageArgs } from './paging';
import type { FileStore } from './files';
import { toPatch, type Patch } from './record-input';
import type { Row, StandInStore } from './store';
import { refuseUserWriteToAppOnly } from './writability';

export interface RecordEvent {
  /** e.g. `company.created`, `company.updated`, `company.deleted`, `company.destroyed`, `company.restored`. */
  name: string;
  objectNameSingular: string;
  recordId: string;
  before: Row | null;
  after: Row | null;
  updatedFields: string[];
  workspaceMemberId: string | null;
}

export interface EngineOptions {
  /** Records per createXs call (f1–f4). */
  batchCap: number;
  /** Rows one updateXs(filter) may touch (e1–e4). */
  updateCap: number;
  now: () => number;
  newId: () => string;
  emit: (events: RecordEvent[]) => void;
  /** Uploaded files that FILES field values must name (files.ts). */
  files?: FileStore;
}

export interface WriteResult {
  rows: Row[];
  written: number;
}

export class RecordEngine {
  constructor(
    readonly model: DataModel,
    readonly store: StandInStore,
    private readonly opts: EngineOptions,
  ) {}

  get files(): FileStore | undefined {
    return this.opts.files;
  }

  // ---------- reads ----------

  findMany(object: ObjectMeta, args: { filter?: unknown; orderBy?: unknown } & PageArgs): Page {
    const rows = this.match(object, args.filter, 'active');
    return paginate(rows, compileOrder(object, args.orderBy), args);
  }

  findOne(object: ObjectMeta, filter: unknown): Row {
    const rows = this.match(object, filter, 'active');
    if (rows.length === 0) throw errors.notFound(); // d10
    const order = compileOrder(object, undefined);
    return rows.reduce((a, b) => (order.compareKeys(order.key(a), order.key(b)) <= 0 ? a : b));
  }

  /**
   * Rows matching a filter. `scope`: 'active' hides soft-deleted rows unless the filter mentions deletedAt (d1),
   * 'deleted' targets soft-deleted rows (restore, e7), 'all' sees both (destroy, e8/e9).
   */
  match(object: ObjectMeta, filter: unknown, scope: 'active' | 'deleted' | 'all'): Row[] {
    const compiled = compileFilter(object, filter);
    const out: Row[] = [];
    const consider = (row: Row | undefined) => {
      if (!row) return;
      if (scope === 'active' && !compiled.mentionsDeletedAt && row.deletedAt !== null) return;
      if (scope === 'deleted' && row.deletedAt === null) return;
      if (compiled.predicate(row) === true) out.push(row);
    };
    const candidates = compiled.candidateIds ?? this.indexedCandidates(object, filter);
    if (candidates) for (const id of new Set(candidates)) consider(this.store.get(object.nameSingular, id));
    else for (const row of this.store.iterate(object.nameSingular)) consider(row);
    return out;
  }

  /** `{uniqueField: {eq | in}}` at the top level (or in a top-level `and`) is answered from the unique index. */
  private indexedCandidates(object: ObjectMeta, filter: unknown): string[] | undefined {
    if (!filter || typeof filter !== 'object') return undefined;
    const f = filter as Record<string, unknown>;
    for (const index of object.uniqueIndexes) {
      if (index.parts.length !== 1 || index.parts[0]!.sub) continue;
      const field = index.parts[0]!.field;
      const ops = f[field] as Record<string, unknown> | undefined;
      if (!ops || typeof ops !== 'object') continue;
      const values =
        typeof ops.eq === 'string' && ops.eq !== ''
          ? [ops.eq]
          : Array.isArray(ops.in) && ops.in.length && ops.in.every((v) => typeof v === 'string' && v !== '')
            ? (ops.in as string[])
            : undefined;
      if (!values) continue;
      const ids: string[] = [];
      for (const v of values) {
        const id = this.store.findUnique(object.nameSingular, index, JSON.stringify([v]));
        if (id) ids.push(id);
      }
      return ids; // the full predicate still runs on each candidate
    }
    if (Array.isArray(f.and))
      for (const part of f.and) {
        const ids = this.indexedCandidates(object, part);
        if (ids) return ids;
      }
    return undefined;
  }

  // ---------- writes ----------

  createMany(object: ObjectMeta, data: unknown, upsert: boolean, actor: Actor, single = false): WriteResult {
    if (data === undefined || data === null) throw errors.missingArgument('data', single ? 'object' : 'array'); // g3a
    const inputs = single ? [data] : data;
    if (!Array.isArray(inputs)) throw errors.missingArgument('data', 'array');
    if (inputs.length > this.opts.batchCap) throw errors.tooManyToUpsert(this.opts.batchCap); // f4
    const now = new Date(this.opts.now()).toISOString();
    const name = object.nameSingular;

    // 1. Validate and normalise every record (field-level errors come before database-level ones: g1a–g2f).
    refuseUserWriteToAppOnly(object, inputs, actor);
    const patches = inputs.map((input) => toPatch(this, object, input, undefined, true));

    // 2. Decide insert vs update (upsert matches id or any unique index, soft-deleted rows included: a2, a3, a10).
    const updates: Array<{ row: Row; input: unknown }> = [];
    const inserts: Patch[] = [];
    patches.forEach((patch, i) => {
      if (!upsert) return inserts.push(patch);
      const matched = upsertMatch(this.store, object, patch);
      if (matched) updates.push({ row: matched, input: inputs[i] });
      else inserts.push(patch);
    });

    // 3. Build the new rows.
    const staged: Row[] = [];
    const events: RecordEvent[] = [];
    for (const { row, input } of updates) {
      const patch = toPatch(this, object, input, row, false);
      delete patch.id;
      const next = { ...row, ...patch, deletedAt: null, updatedAt: now, updatedBy: actor } as Row;
      staged.push(next);
      events.push(recordEvent(name, row.deletedAt !== null ? 'restored' : 'updated', row, next, actor));
    }
    for (const patch of inserts) {
      const row = this.newRow(object, patch, now, actor);
      staged.push(row);
      events.push(recordEvent(name, 'created', null, row, actor));
    }

    // 4. Database constraints over the whole batch, then commit (atomic).
    checkConstraints(this.store, object, staged, new Set(updates.map((u) => u.row.id)));
    for (const row of staged) this.store.put(name, row);
    this.opts.emit(events);
    // a2: with upsert the answer lists updated records first, then inserted ones; without upsert input order.
    return { rows: staged, written: staged.length };
  }

  updateOne(object: ObjectMeta, id: unknown, data: unknown, actor: Actor): WriteResult {
    const rowId = this.requireId(id);
    if (data === undefined || data === null) throw errors.missingArgument('data', 'object');
    const row = this.store.get(object.nameSingular, rowId);
    if (!row || row.deletedAt !== null) throw errors.notFound(); // g4a
    return this.applyUpdate(object, [row], data, actor);
  }

  updateMany(object: ObjectMeta, filter: unknown, data: unknown, actor: Actor): WriteResult {
    if (filter === undefined || filter === null) throw errors.missingArgument('filter', 'object'); // g3b
    if (data === undefined || data === null) throw errors.missingArgument('data', 'object');
    const rows = this.match(object, filter, 'active');
    if (rows.length > this.opts.updateCap) throw errors.tooManyToUpdate(this.opts.updateCap); // e4
    return this.applyUpdate(object, rows, data, actor);
  }

  private applyUpdate(object: ObjectMeta, rows: Row[], data: unknown, actor: Actor): WriteResult {
    refuseUserWriteToAppOnly(object, [data], actor);
    const now = new Date(this.opts.now()).toISOString();
    const staged: Row[] = [];
    const events: RecordEvent[] = [];
    for (const row of rows) {
      const patch = toPatch(this, object, data, row, false);
      if ('id' in patch && patch.id !== row.id) throw errors.invalidValue(patch.id, 'UUID', 'id');
      const next = { ...row, ...patch, updatedAt: now, updatedBy: actor } as Row;
      staged.push(next);
      events.push(recordEvent(object.nameSingular, 'updated', row, next, actor));
    }
    checkConstraints(this.store, object, staged, new Set(rows.map((r) => r.id)));
    for (const row of staged) this.store.put(object.nameSingular, row);
    this.opts.emit(events);
    return { rows: staged, written: staged.length };
  }

  softDelete(object: ObjectMeta, target: { id?: unknown; filter?: unknown }, actor: Actor): WriteResult {
    const rows = this.targetRows(object, target, 'active');
    const now = new Date(this.opts.now()).toISOString();
    const staged = rows.map((row) => ({ ...row, deletedAt: now }) as Row);
    for (const row of staged) this.store.put(object.nameSingular, row);
    this.opts.emit(staged.map((row, i) => recordEvent(object.nameSingular, 'deleted', rows[i]!, row, actor)));
    return { rows: staged, written: staged.length };
  }

  restore(object: ObjectMeta, target: { id?: unknown; filter?: unknown }, actor: Actor): WriteResult {
    const rows = this.targetRows(object, target, 'deleted');
    const staged = rows.map((row) => ({ ...row, deletedAt: null }) as Row);
    for (const row of staged) this.store.put(object.nameSingular, row);
    this.opts.emit(staged.map((row, i) => recordEvent(object.nameSingular, 'restored', rows[i]!, row, actor)));
    return { rows: staged, written: staged.length };
  }

  destroy(object: ObjectMeta, target: { id?: unknown; filter?: unknown }, actor: Actor): WriteResult {
    const rows = this.targetRows(object, target, 'all');
    const events: RecordEvent[] = [];
    for (const row of rows) this.destroyRow(object, row, actor, events);
    this.opts.emit(events);
    return { rows, written: rows.length };
  }

  private destroyRow(object: ObjectMeta, row: Row, actor: Actor, events: RecordEvent[]): void {
    this.store.remove(object.nameSingular, row.id);
    events.push(recordEvent(object.nameSingular, 'destroyed', row, null, actor));
    // Foreign keys pointing at the destroyed row: SET NULL or CASCADE as the relation says.
    for (const other of this.model.objects.values()) {
      for (const [column, field] of other.joinColumns) {
        if (field.relation?.targetObject !== object.nameSingular) continue;
        for (const childId of this.store.referencing(other.nameSingular, column, row.id)) {
          const child = this.store.get(other.nameSingular, childId);
          if (!child) continue;
          if (field.relation.onDelete === 'CASCADE') this.destroyRow(other, child, actor, events);
          else this.store.put(other.nameSingular, { ...child, [column]: null } as Row);
        }
      }
    }
  }

  private targetRows(
    object: ObjectMeta,
    target: { id?: unknown; filter?: unknown },
    scope: 'active' | 'deleted' | 'all',
  ): Row[] {
    if ('id' in target) {
      const row = this.store.get(object.nameSingular, this.requireId(target.id));
      const visible =
        row && (scope === 'all' || (scope === 'active' ? row.deletedAt === null : row.deletedAt !== null));
      if (!visible) throw errors.notFound(); // g4d
      return [row];
    }
    if (target.filter === undefined || target.filter === null) throw errors.missingArgument('filter', 'object');
    return this.match(object, target.filter, scope); // e5–e9: no affected-records cap on delete/restore/destroy
  }

  private requireId(id: unknown): string {
    // g4c: a malformed id is reported as a missing argument
    if (typeof id !== 'string' || !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id))
      throw errors.missingArgument('id', 'UUID');
    return id.toLowerCase();
  }

  // ---------- helpers ----------

  private newRow(object: ObjectMeta, patch: Patch, now: string, actor: Actor): Row {
    const row: Row = { id: (patch.id as string | undefined) ?? this.opts.newId(), deletedAt: null };
    for (const field of object.fields.values()) {
      if (field.type === 'RELATION' || field.isSystem) continue;
      if (field.name in patch) continue;
      if (field.defaultValue !== undefined && field.defaultValue !== null)
        row[field.name] = structuredClone(field.defaultValue);
      else if (!field.isNullable && !isComposite(field.type)) throw errors.notNull(field.name, object.table);
    }
    for (const column of object.joinColumns.keys()) row[column] = null;
    Object.assign(row, patch);
    row.createdAt = (patch.createdAt as string | undefined) ?? now;
    row.updatedAt = now; // README: createdAt == updatedAt for a new record, one timestamp per batch
    row.deletedAt = (patch.deletedAt as string | null | undefined) ?? null;
    row.createdBy = actor;
    row.updatedBy = actor;
    row.position = typeof patch.position === 'number' ? patch.position : this.store.nextPosition(object.nameSingular);
    return row;
  }
}

export function recordEvent(
  objectName: string,
  action: string,
  before: Row | null,
  after: Row | null,
  actor: Actor,
): RecordEvent {
  const updatedFields: string[] = [];
  if (before && after && action === 'updated') {
    for (const key of new Set([...Object.keys(before), ...Object.keys(after)])) {
      if (key === 'updatedAt' || key === 'updatedBy') continue;
      if (JSON.stringify(before[key]) !== JSON.stringify(after[key])) updatedFields.push(key);
    }
  }
  return {
    name: `${objectName}.${action}`,
    objectNameSingular: objectName,
    recordId: (after ?? before)!.id,
    before,
    after,
    updatedFields,
    workspaceMemberId: actor.workspaceMemberId,
  };
}

export function defaultNewId(): string {
  return randomUUID();
}
