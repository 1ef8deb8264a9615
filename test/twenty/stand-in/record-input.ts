/**
 * Turns one input record (`data` of create/update) into stored values: unknown fields are INVALID_ARGS_DATA
 * (g1a, g1b, a1b), values are validated and normalised per type (values.ts), explicit NULL on a NOT NULL column is
 * the raw Postgres error (g3c, g6), relations are written through join columns or `{connect: {where}}` (x2, x4).
 */
import { errors, TwentyApiError } from './errors';
import type { FileStore } from './files';
import { isComposite, type DataModel, type FieldMeta, type ObjectMeta } from './model';
import { uniqueKey, type Row, type StandInStore } from './store';
import { uuidValue, writeValue } from './values';

export type Patch = Record<string, unknown>;

export interface InputContext {
  model: DataModel;
  store: StandInStore;
  files?: FileStore;
}

/** Validates one input record into stored values. `existing` drives the composite merge rules of updates (u1, u4). */
export function toPatch(
  ctx: InputContext,
  object: ObjectMeta,
  input: unknown,
  existing: Row | undefined,
  creating: boolean,
): Patch {
  if (typeof input !== 'object' || input === null || Array.isArray(input))
    throw errors.invalidValue(input, 'record', object.nameSingular);
  const patch: Patch = {};
  for (const [key, value] of Object.entries(input as Record<string, unknown>)) {
    if (value === undefined) continue;
    if (key === 'id') {
      patch.id = uuidValue(value, 'id', 'INVALID_ARGS_DATA') ?? undefined;
      if (patch.id === undefined) delete patch.id;
      continue;
    }
    if (key === 'createdAt' || key === 'updatedAt' || key === 'deletedAt') {
      const field = object.fields.get(key)!;
      const v = writeValue(field, value, undefined, object.nameSingular);
      if (key !== 'updatedAt' && (creating || key === 'deletedAt')) patch[key] = v;
      continue;
    }
    if (key === 'createdBy' || key === 'updatedBy' || key === 'searchVector') continue; // set by the server (a1)
    if (object.joinColumns.has(key)) {
      patch[key] = uuidValue(value, key, 'INVALID_ARGS_DATA'); // g2d
      continue;
    }
    const field = object.fields.get(key);
    if (!field) throw errors.unknownDataField(object.nameSingular, key); // g1a, g1b, a1b
    if (field.type === 'RELATION') {
      relationInput(ctx, object, field, value, patch);
      continue;
    }
    const stored =
      field.type === 'FILES' && ctx.files
        ? ctx.files.toStored(object, field, value)
        : writeValue(field, value, existing?.[key], object.nameSingular);
    if (stored === undefined) continue;
    if (stored === null && !field.isNullable) throw errors.notNull(key, object.table); // g3c, g6
    patch[key] = stored;
  }
  return patch;
}

/** Nested `{rel: {connect: {where: {id | unique field}}}}` / `{disconnect: true}` (x2, x4). */
function relationInput(ctx: InputContext, object: ObjectMeta, field: FieldMeta, value: unknown, patch: Patch): void {
  const column = field.relation?.joinColumn;
  if (field.relation?.type !== 'MANY_TO_ONE' || !column) throw errors.unknownDataField(object.nameSingular, field.name);
  const input = value as { connect?: { where?: Record<string, unknown> }; disconnect?: boolean } | null;
  if (input?.disconnect === true) {
    patch[column] = null;
    return;
  }
  const where = input?.connect?.where;
  if (!where || typeof where !== 'object') throw errors.invalidValue(value, 'relation', field.name);
  const target = ctx.model.get(field.relation.targetObject)!;
  if (where.id !== undefined) {
    patch[column] = uuidValue(where.id, `${field.name}.id`, 'INVALID_ARGS_DATA');
    return;
  }
  for (const index of target.uniqueIndexes) {
    const probe: Record<string, unknown> = {};
    for (const part of index.parts) {
      const given = where[part.field];
      if (given === undefined) break;
      const f = target.fields.get(part.field)!;
      probe[part.field] = isComposite(f.type)
        ? writeValue(f, given, undefined, target.nameSingular)
        : writeValue(f, given, undefined, target.nameSingular);
    }
    const key = uniqueKey(index, probe);
    if (key === undefined) continue;
    const id = ctx.store.findUnique(target.nameSingular, index, key);
    if (!id)
      throw new TwentyApiError(
        `No ${target.nameSingular} found to connect for ${JSON.stringify(where)}`,
        'NOT_FOUND',
        'RECORD_NOT_FOUND',
        'This record does not exist or has been deleted.',
      );
    patch[column] = id;
    return;
  }
  throw errors.invalidValue(where, 'unique where', `${field.name}.connect.where`);
}
