/**
 * Object/field metadata on /metadata, enough for the contract replay: objects(paging, filter) (i1, i1b),
 * createOneObject (i2: system fields + `name` label field, core schema available at once), createOneField (i3,
 * i3b: NOT NULL without default on a table with rows fails the migration, i3c: SQL-quoted text default) and
 * deleteOneObject (i4).
 */
import { randomUUID } from 'node:crypto';
import { errors, TwentyApiError } from './errors';
import {
  addField,
  newObject,
  parseDefault,
  systemFields,
  type DataModel,
  type FieldMeta,
  type ObjectMeta,
} from './model';
import { installMorphTargets } from './manifest-model';
import type { Row, StandInStore } from './store';

const SYSTEM_DEFAULTS: Record<string, unknown> = {
  id: 'uuid',
  createdAt: 'now',
  updatedAt: 'now',
  position: 0,
  createdBy: { name: "''", source: "'MANUAL'" },
  updatedBy: { name: "''", source: "'MANUAL'" },
};

export class MetadataObjects {
  private readonly rawDefaults = new Map<string, unknown>();
  private readonly createdAt = new Map<string, string>();
  readonly applicationId = randomUUID();

  constructor(
    private readonly model: DataModel,
    private readonly store: StandInStore,
  ) {}

  list(args: Record<string, unknown>): unknown {
    // README "Metadata API": both `paging` and `filter` are required
    if (args.paging === undefined) throw errors.missingArgument('paging', 'object');
    if (args.filter === undefined) throw errors.missingArgument('filter', 'object');
    const first = (args.paging as { first?: number })?.first ?? 10;
    const ids = ((args.filter as { id?: { in?: string[]; eq?: string } })?.id ?? {}) as { in?: string[]; eq?: string };
    const wanted = ids.in ?? (ids.eq ? [ids.eq] : undefined);
    const all = [...this.model.objects.values()].filter((o) => !wanted || wanted.includes(o.id));
    const page = all.slice(0, first);
    return {
      totalCount: all.length,
      pageInfo: {
        hasNextPage: all.length > first,
        hasPreviousPage: false,
        startCursor: page.length ? cursor(0) : null,
        endCursor: page.length ? cursor(page.length - 1) : null,
      },
      edges: page.map((o, i) => ({ cursor: cursor(i), node: this.objectView(o) })),
    };
  }

  createObject(args: Record<string, unknown>): unknown {
    const spec = ((args.input as { object?: Record<string, string> })?.object ?? {}) as Record<string, string>;
    for (const key of ['nameSingular', 'namePlural', 'labelSingular', 'labelPlural'])
      if (!spec[key]) throw errors.missingArgument(`input.object.${key}`, 'String');
    if (this.model.get(spec.nameSingular!) || this.model.byPluralName(spec.namePlural!))
      throw new TwentyApiError(
        `Object ${spec.nameSingular} already exists`,
        'BAD_USER_INPUT',
        'OBJECT_ALREADY_EXISTS',
        'An object with this name already exists.',
      );
    const object = newObject({
      nameSingular: spec.nameSingular!,
      namePlural: spec.namePlural!,
      labelSingular: spec.labelSingular,
      labelPlural: spec.labelPlural,
      isCustom: true,
      universalIdentifier: randomUUID(),
    });
    for (const f of systemFields()) {
      addField(object, f);
      this.rawDefaults.set(f.id, SYSTEM_DEFAULTS[f.name] ?? null);
    }
    const name: FieldMeta = {
      id: randomUUID(),
      universalIdentifier: randomUUID(),
      name: 'name',
      label: 'Name',
      type: 'TEXT',
      isNullable: true,
      isUnique: false,
      isSystem: false,
      defaultValue: undefined,
    };
    addField(object, name);
    this.model.add(object);
    installMorphTargets(this.model, object);
    this.createdAt.set(object.id, new Date().toISOString());
    return {
      ...this.objectView(object),
      description: spec.description ?? null,
      icon: spec.icon ?? null,
      labelIdentifierFieldMetadataId: name.id,
    };
  }

  createField(args: Record<string, unknown>): unknown {
    const spec = ((args.input as { field?: Record<string, unknown> })?.field ?? {}) as Record<string, unknown>;
    const object = typeof spec.objectMetadataId === 'string' ? this.model.byId(spec.objectMetadataId) : undefined;
    if (!object) throw errors.notFound();
    const name = String(spec.name ?? '');
    if (!/^[a-z][a-zA-Z0-9]*$/.test(name) || object.fields.has(name))
      throw new TwentyApiError(
        `Field name "${name}" is not available`,
        'BAD_USER_INPUT',
        'INVALID_FIELD_INPUT',
        'An error occurred.',
      );
    const isNullable = spec.isNullable !== false;
    const uid = randomUUID();
    const defaultValue = parseDefault(spec.defaultValue);
    const rows = this.store.rows(object.nameSingular);
    if (!isNullable && defaultValue === undefined && rows.length > 0) {
      // i3b: adding NOT NULL without a default to a table that has rows fails the migration
      throw new TwentyApiError(
        `Migration action 'create' for 'fieldMetadata' (universalIdentifier: ${uid}) failed`,
        'INTERNAL_SERVER_ERROR',
        undefined,
        'Migration execution failed.',
      );
    }
    const field: FieldMeta = {
      id: randomUUID(),
      universalIdentifier: uid,
      name,
      label: String(spec.label ?? name),
      type: String(spec.type ?? 'TEXT'),
      isNullable,
      isUnique: spec.isUnique === true,
      isSystem: false,
      defaultValue,
      options: Array.isArray(spec.options) ? (spec.options as Array<{ value: string }>).map((o) => o.value) : undefined,
    };
    addField(object, field);
    this.rawDefaults.set(field.id, spec.defaultValue ?? null);
    if (defaultValue !== undefined)
      for (const row of rows) this.store.put(object.nameSingular, { ...row, [name]: defaultValue } as Row);
    this.store.reindex(object.nameSingular);
    const now = new Date().toISOString();
    return {
      ...this.fieldView(field, object),
      description: spec.description ?? null,
      icon: spec.icon ?? null,
      createdAt: now,
      updatedAt: now,
    };
  }

  deleteObject(args: Record<string, unknown>): unknown {
    const id = (args.input as { id?: string })?.id;
    const object = typeof id === 'string' ? this.model.byId(id) : undefined;
    if (!object) throw errors.notFound();
    if (!object.isCustom) throw errors.forbidden('Standard objects cannot be deleted.');
    const view = this.objectView(object);
    this.model.remove(object.nameSingular);
    this.store.dropObject(object.nameSingular);
    return view; // i4: deleting an active object with rows works without deactivating it first
  }

  private objectView(object: ObjectMeta): Record<string, unknown> {
    const fields = [...object.fields.values()];
    const uniqueFieldNames = new Set(
      object.uniqueIndexes
        .filter((i) => i.parts.length === 1 || new Set(i.parts.map((p) => p.field)).size === 1)
        .map((i) => i.parts[0]!.field),
    );
    const created = this.createdAt.get(object.id) ?? '2026-11-25T17:00:00.000Z';
    return {
      id: object.id,
      universalIdentifier: object.universalIdentifier ?? null,
      nameSingular: object.nameSingular,
      namePlural: object.namePlural,
      labelSingular: object.labelSingular,
      labelPlural: object.labelPlural,
      description: null,
      icon: null,
      isActive: true,
      isSystem: false,
      isSearchable: true,
      isUIEditable: true,
      isUICreatable: true,
      applicationId: this.applicationId,
      labelIdentifierFieldMetadataId: object.fields.get('name')?.id ?? null,
      imageIdentifierFieldMetadataId: null,
      isLabelSyncedWithName: false,
      duplicateCriteria: null,
      createdAt: created,
      updatedAt: created,
      // i1b: fieldsList reports uniqueness; the fields() connection reports isUnique null and 10 items by default
      fieldsList: fields.map((f) => ({ ...this.fieldView(f, object), isUnique: uniqueFieldNames.has(f.name) })),
      fields: (fieldArgs: { paging?: { first?: number } }) => {
        const first = fieldArgs?.paging?.first ?? 10;
        return {
          edges: fields
            .slice(0, first)
            .map((f, i) => ({ cursor: cursor(i), node: { ...this.fieldView(f, object), isUnique: null } })),
        };
      },
      indexMetadataList: object.uniqueIndexes.map((index) => ({
        name: `IDX_UNIQUE_${index.parts.map((p) => p.field).join('_')}`,
        isUnique: true,
        indexType: 'BTREE',
        indexWhereClause: null,
        indexFieldMetadataList: index.parts.map((p, order) => ({
          fieldMetadataId: object.fields.get(p.field)?.id ?? null,
          order,
        })),
      })),
    };
  }

  private fieldView(field: FieldMeta, object: ObjectMeta): Record<string, unknown> {
    return {
      id: field.id,
      universalIdentifier: field.universalIdentifier ?? null,
      type: field.type,
      name: field.name,
      label: field.label,
      isActive: true,
      isSystem: field.isSystem,
      isUIEditable: field.isUIEditable ?? !field.isSystem,
      isNullable: field.isNullable,
      isUnique: field.isUnique,
      defaultValue: this.rawDefaults.has(field.id) ? this.rawDefaults.get(field.id) : (field.defaultValue ?? null),
      options: field.options ? field.options.map((value, position) => ({ value, label: value, position })) : null,
      settings: null,
      objectMetadataId: object.id,
      isLabelSyncedWithName: false,
      morphId: null,
      applicationId: this.applicationId,
      relation: field.relation ? { type: field.relation.type } : null,
    };
  }
}

function cursor(i: number): string {
  return Buffer.from(`arrayconnection:${i}`).toString('base64');
}
