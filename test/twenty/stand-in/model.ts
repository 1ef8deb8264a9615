/**
 * Object and field metadata the stand-in serves: the standard objects (contract/standard-objects-fields.json)
 * plus the app's data model (built manifest). Everything else (resolvers, store) is generated from this.
 */
import { createHash, randomUUID } from 'node:crypto';

export interface RelationMeta {
  type: 'MANY_TO_ONE' | 'ONE_TO_MANY';
  targetObject: string;
  /** Name of the field on the target object (inverse side). */
  targetField?: string;
  /** MANY_TO_ONE only: the foreign-key column exposed in GraphQL, `<name>Id` (standard-objects-fields.json gqlFkField). */
  joinColumn?: string;
  onDelete?: 'SET_NULL' | 'CASCADE' | 'RESTRICT' | 'NO_ACTION';
}

export interface FieldMeta {
  id: string;
  universalIdentifier?: string;
  name: string;
  label: string;
  type: string;
  isNullable: boolean;
  isUnique: boolean;
  isSystem: boolean;
  /** Parsed default: SQL-quoted text defaults ("'NEW'") are unquoted (contract README "createOneField"). */
  defaultValue: unknown;
  options?: string[];
  relation?: RelationMeta;
  /** From the app's manifest: APPLICATION means only the owning app writes it (writability.ts). */
  writability?: string;
  isUIEditable?: boolean;
}

/** A unique index: every listed (field, sub-field) must be equal for two rows to collide (README "Upsert"). */
export interface UniqueIndex {
  parts: Array<{ field: string; sub?: string }>;
}

export interface ObjectMeta {
  id: string;
  universalIdentifier?: string;
  nameSingular: string;
  namePlural: string;
  labelSingular: string;
  labelPlural: string;
  isCustom: boolean;
  fields: Map<string, FieldMeta>;
  /** joinColumn -> the MANY_TO_ONE relation field that owns it. */
  joinColumns: Map<string, FieldMeta>;
  uniqueIndexes: UniqueIndex[];
  /** Postgres table name used in raw error texts: standard objects use the name, custom ones `_<name>` (g6). */
  table: string;
  /** From the app's manifest: APPLICATION means only the owning app writes its records (writability.ts). */
  writability?: string;
  /** Foreign keys to metadata rather than records (timeline-types.ts): checked like a join column (b5). */
  metadataKeys?: Array<{ column: string; exists(value: string): boolean }>;
}

export const COMPOSITE_SUBFIELDS: Record<string, string[]> = {
  LINKS: ['primaryLinkUrl', 'primaryLinkLabel', 'secondaryLinks'],
  ADDRESS: [
    'addressStreet1',
    'addressStreet2',
    'addressCity',
    'addressPostcode',
    'addressState',
    'addressCountry',
    'addressLat',
    'addressLng',
  ],
  CURRENCY: ['amountMicros', 'currencyCode'],
  FULL_NAME: ['firstName', 'lastName'],
  EMAILS: ['primaryEmail', 'additionalEmails'],
  PHONES: ['primaryPhoneNumber', 'primaryPhoneCountryCode', 'primaryPhoneCallingCode', 'additionalPhones'],
  RICH_TEXT: ['blocknote', 'markdown'],
  ACTOR: ['source', 'workspaceMemberId', 'name', 'context'],
};

/** Sub-fields that take part in a unique index on a composite field (README "Upsert": domainName.primaryLinkUrl, emails.primaryEmail). */
export const UNIQUE_SUBFIELDS: Record<string, string[]> = {
  LINKS: ['primaryLinkUrl'],
  EMAILS: ['primaryEmail'],
  PHONES: ['primaryPhoneNumber', 'primaryPhoneCallingCode'],
  FULL_NAME: ['firstName', 'lastName'],
  CURRENCY: ['amountMicros', 'currencyCode'],
  ADDRESS: ['addressStreet1', 'addressCity', 'addressPostcode', 'addressCountry'],
};

export function isComposite(type: string): boolean {
  return type in COMPOSITE_SUBFIELDS;
}

export function capitalize(name: string): string {
  return name.charAt(0).toUpperCase() + name.slice(1);
}

/** TypeORM's foreign-key name: "FK_" + sha1(`${table}_${column}`)[0..27] (b5: person.companyId -> FK_ee066ddacfce46c9a7cb90edd1a). */
export function foreignKeyName(table: string, column: string): string {
  return `FK_${createHash('sha1').update(`${table}_${column}`).digest('hex').slice(0, 27)}`;
}

/** Unquotes SQL-style text defaults ("'NEW'" -> "NEW"); keeps other defaults as they are. */
export function parseDefault(value: unknown): unknown {
  if (typeof value === 'string' && value.length >= 2 && value.startsWith("'") && value.endsWith("'"))
    return value.slice(1, -1);
  if (value === 'now' || value === 'uuid') return undefined; // handled by the store (system fields)
  return value ?? undefined;
}

export function systemFields(): FieldMeta[] {
  const f = (name: string, label: string, type: string, isNullable: boolean, defaultValue?: unknown): FieldMeta => ({
    id: randomUUID(),
    name,
    label,
    type,
    isNullable,
    isUnique: false,
    isSystem: true,
    defaultValue,
  });
  return [
    f('id', 'Id', 'UUID', false),
    f('createdAt', 'Creation date', 'DATE_TIME', false),
    f('updatedAt', 'Last update', 'DATE_TIME', false),
    f('deletedAt', 'Deleted at', 'DATE_TIME', true),
    f('createdBy', 'Created by', 'ACTOR', false),
    f('updatedBy', 'Updated by', 'ACTOR', false),
    f('position', 'Position', 'POSITION', false, 0),
    f('searchVector', 'Search vector', 'TS_VECTOR', true),
  ];
}

export class DataModel {
  readonly objects = new Map<string, ObjectMeta>();
  private readonly byPlural = new Map<string, ObjectMeta>();
  private readonly byUid = new Map<string, ObjectMeta>();

  add(object: ObjectMeta): void {
    if (this.objects.has(object.nameSingular)) throw new Error(`Object ${object.nameSingular} already exists`);
    this.objects.set(object.nameSingular, object);
    this.byPlural.set(object.namePlural, object);
    if (object.universalIdentifier) this.byUid.set(object.universalIdentifier, object);
  }

  remove(nameSingular: string): void {
    const object = this.objects.get(nameSingular);
    if (!object) return;
    this.objects.delete(nameSingular);
    this.byPlural.delete(object.namePlural);
    if (object.universalIdentifier) this.byUid.delete(object.universalIdentifier);
    // Drop relation fields on other objects that point at the removed object (i4: the object and its relations go).
    for (const other of this.objects.values()) {
      for (const field of [...other.fields.values()]) {
        if (field.relation?.targetObject === nameSingular) removeField(other, field.name);
      }
    }
  }

  get(nameSingular: string): ObjectMeta | undefined {
    return this.objects.get(nameSingular);
  }
  byPluralName(namePlural: string): ObjectMeta | undefined {
    return this.byPlural.get(namePlural);
  }
  byUniversalIdentifier(uid: string): ObjectMeta | undefined {
    return this.byUid.get(uid);
  }
  byId(id: string): ObjectMeta | undefined {
    for (const o of this.objects.values()) if (o.id === id) return o;
    return undefined;
  }

  /** Root field name -> (object, operation). Names follow the generated schema (APPS.md §8, core-schema.standard.graphql). */
  resolveRoot(name: string): { object: ObjectMeta; op: RootOp } | undefined {
    const grouped = name.endsWith('GroupBy') ? this.byPlural.get(name.slice(0, -'GroupBy'.length)) : undefined;
    if (grouped) return { object: grouped, op: 'groupBy' };
    for (const [prefix, many, one] of ROOT_PREFIXES) {
      if (!name.startsWith(prefix)) continue;
      const rest = name.slice(prefix.length);
      if (!rest || rest[0] !== rest[0]!.toUpperCase()) continue;
      const lowered = rest.charAt(0).toLowerCase() + rest.slice(1);
      const plural = this.byPlural.get(lowered);
      if (plural && many) return { object: plural, op: many };
      const single = this.objects.get(lowered);
      if (single && one) return { object: single, op: one };
    }
    const plural = this.byPlural.get(name);
    if (plural) return { object: plural, op: 'findMany' };
    const single = this.objects.get(name);
    if (single) return { object: single, op: 'findOne' };
    return undefined;
  }
}

export type RootOp =
  | 'findMany'
  | 'groupBy'
  | 'findOne'
  | 'createMany'
  | 'createOne'
  | 'updateMany'
  | 'updateOne'
  | 'deleteMany'
  | 'deleteOne'
  | 'destroyMany'
  | 'destroyOne'
  | 'restoreMany'
  | 'restoreOne';

const ROOT_PREFIXES: Array<[string, RootOp, RootOp]> = [
  ['create', 'createMany', 'createOne'],
  ['update', 'updateMany', 'updateOne'],
  ['delete', 'deleteMany', 'deleteOne'],
  ['destroy', 'destroyMany', 'destroyOne'],
  ['restore', 'restoreMany', 'restoreOne'],
];

export function addField(object: ObjectMeta, field: FieldMeta): void {
  object.fields.set(field.name, field);
  if (field.relation?.type === 'MANY_TO_ONE') {
    field.relation.joinColumn ??= `${field.name}Id`;
    object.joinColumns.set(field.relation.joinColumn, field);
  }
  if (field.isUnique) {
    const subs = UNIQUE_SUBFIELDS[field.type];
    object.uniqueIndexes.push({
      parts: subs ? subs.map((sub) => ({ field: field.name, sub })) : [{ field: field.name }],
    });
  }
}

export function removeField(object: ObjectMeta, name: string): void {
  const field = object.fields.get(name);
  if (!field) return;
  object.fields.delete(name);
  if (field.relation?.joinColumn) object.joinColumns.delete(field.relation.joinColumn);
  object.uniqueIndexes = object.uniqueIndexes.filter((index) => !index.parts.some((part) => part.field === name));
}

export function newObject(input: {
  nameSingular: string;
  namePlural: string;
  labelSingular?: string;
  labelPlural?: string;
  isCustom: boolean;
  universalIdentifier?: string;
  id?: string;
}): ObjectMeta {
  return {
    id: input.id ?? randomUUID(),
    universalIdentifier: input.universalIdentifier,
    nameSingular: input.nameSingular,
    namePlural: input.namePlural,
    labelSingular: input.labelSingular ?? capitalize(input.nameSingular),
    labelPlural: input.labelPlural ?? capitalize(input.namePlural),
    isCustom: input.isCustom,
    fields: new Map(),
    joinColumns: new Map(),
    uniqueIndexes: [],
    table: input.isCustom ? `_${input.nameSingular}` : input.nameSingular,
  };
}
