// Small builders for field manifests, so every object and standard-object field is declared the same way
// (nullable unless it has a default, relations with both ends named, app-owned fields marked once).
// Not an entity: the SDK build only registers files that `export default define*()` (APPS.md §1.1).
import {
  defineField,
  defineObject,
  FieldType,
  MetadataWritability,
  NumberDataType,
  OnDeleteAction,
  RelationType,
} from 'twenty-sdk/define';

import { toSelectOptions, type SelectOption } from 'plugin/constants/select-options';

export type FieldManifest = Parameters<typeof defineField>[0];
export type ObjectFieldManifest = Parameters<typeof defineObject>[0]['fields'][number];

export type FieldOptions = {
  description?: string;
  icon?: string;
  /** A binding field: Twenty creates a unique index for it, which also makes it an upsert key (contract i3, a10). */
  isUnique?: boolean;
  /** Rewritten by the sync on every run: kept out of the timeline (APPS.md §8 "Timeline noise"). */
  notAudited?: boolean;
  /** Comes from Metakocka: only the app may write it (MetadataWritability.APPLICATION), users see it read-only. */
  appOnly?: boolean;
  /** Kept by the sync, shown read-only in Twenty's UI (the API still accepts writes, e.g. from a migration). */
  uiReadOnly?: boolean;
};

type Base = { universalIdentifier: string; name: string; label: string };

const common = ({ universalIdentifier, name, label }: Base, options: FieldOptions = {}) => ({
  universalIdentifier,
  name,
  label,
  ...(options.description === undefined ? {} : { description: options.description }),
  ...(options.icon === undefined ? {} : { icon: options.icon }),
  ...(options.isUnique ? { isUnique: true } : {}),
  ...(options.notAudited ? { isAuditLogged: false } : {}),
  ...(options.appOnly ? { writability: MetadataWritability.APPLICATION, isUIEditable: false } : {}),
  ...(options.uiReadOnly ? { isUIEditable: false } : {}),
});

export const textField = (base: Base, options?: FieldOptions): ObjectFieldManifest => ({
  ...common(base, options),
  type: FieldType.TEXT,
  isNullable: true,
});

/** Whole numbers (counts, positions). */
export const integerField = (base: Base, options?: FieldOptions & { defaultZero?: boolean }): ObjectFieldManifest => ({
  ...common(base, options),
  type: FieldType.NUMBER,
  universalSettings: { dataType: NumberDataType.INT, decimals: 0 },
  ...(options?.defaultZero ? { defaultValue: 0, isNullable: false } : { isNullable: true }),
});

/** Exact decimals (quantities, rates, stock): NUMERIC is stored as a decimal, never a float. */
export const decimalField = (base: Base, options?: FieldOptions): ObjectFieldManifest => ({
  ...common(base, options),
  type: FieldType.NUMERIC,
  isNullable: true,
});

/** Money: Twenty's CURRENCY holds integer micros plus an ISO currency code, so amounts stay exact. */
export const currencyField = (base: Base, options?: FieldOptions): ObjectFieldManifest => ({
  ...common(base, options),
  type: FieldType.CURRENCY,
  isNullable: true,
});

export const booleanField = (base: Base, options?: FieldOptions & { defaultValue?: boolean }): ObjectFieldManifest => ({
  ...common(base, options),
  type: FieldType.BOOLEAN,
  defaultValue: options?.defaultValue ?? false,
  isNullable: false,
});

export const dateField = (base: Base, options?: FieldOptions): ObjectFieldManifest => ({
  ...common(base, options),
  type: FieldType.DATE,
  isNullable: true,
});

export const dateTimeField = (base: Base, options?: FieldOptions): ObjectFieldManifest => ({
  ...common(base, options),
  type: FieldType.DATE_TIME,
  isNullable: true,
});

export const jsonField = (base: Base, options?: FieldOptions): ObjectFieldManifest => ({
  ...common(base, options),
  type: FieldType.RAW_JSON,
  isNullable: true,
});

export const linksField = (base: Base, options?: FieldOptions): ObjectFieldManifest => ({
  ...common(base, options),
  type: FieldType.LINKS,
  isNullable: true,
});

export const selectField = (
  base: Base,
  spec: Parameters<typeof toSelectOptions>[0],
  options?: FieldOptions & { defaultValue?: string },
): ObjectFieldManifest => {
  const selectOptions: SelectOption[] = toSelectOptions(spec);
  return {
    ...common(base, options),
    type: FieldType.SELECT,
    options: selectOptions,
    // SELECT defaults are SQL-quoted literals ('VALUE'), as the SDK's field validation requires.
    ...(options?.defaultValue === undefined
      ? { isNullable: true }
      : { defaultValue: `'${options.defaultValue}'`, isNullable: false }),
  };
};

/** Files the app stores on a record (an export, a delivered report): the bytes go up through Twenty's file upload and
 *  the field names the upload (APPS.md §3.2). One file per record unless said otherwise. */
export const filesField = (base: Base, options?: FieldOptions & { maxFiles?: number }): ObjectFieldManifest => ({
  ...common(base, options),
  type: FieldType.FILES,
  universalSettings: { maxNumberOfValues: options?.maxFiles ?? 1 },
  isNullable: true,
});

type RelationEnd = { targetObject: string; targetField: string };

/** The side that holds the foreign key (`<name>Id`); the target keeps the list. */
export const manyToOneField = (
  base: Base,
  end: RelationEnd & { onDelete?: OnDeleteAction },
  options?: Omit<FieldOptions, 'isUnique' | 'notAudited'>,
): ObjectFieldManifest => ({
  ...common(base, options),
  type: FieldType.RELATION,
  isNullable: true,
  relationTargetObjectMetadataUniversalIdentifier: end.targetObject,
  relationTargetFieldMetadataUniversalIdentifier: end.targetField,
  universalSettings: {
    relationType: RelationType.MANY_TO_ONE,
    onDelete: end.onDelete ?? OnDeleteAction.SET_NULL,
    joinColumnName: `${base.name}Id`,
  },
});

/** The list side of a relation; its target field is the many-to-one that holds the key. */
export const oneToManyField = (
  base: Base,
  end: RelationEnd,
  options?: Omit<FieldOptions, 'isUnique' | 'notAudited'>,
): ObjectFieldManifest => ({
  ...common(base, options),
  type: FieldType.RELATION,
  relationTargetObjectMetadataUniversalIdentifier: end.targetObject,
  relationTargetFieldMetadataUniversalIdentifier: end.targetField,
  universalSettings: { relationType: RelationType.ONE_TO_MANY },
});

/** A field on another object (company, person, …): the same spec plus the object it belongs to. */
export const onObject = (objectUniversalIdentifier: string, field: ObjectFieldManifest): FieldManifest =>
  ({ ...field, objectUniversalIdentifier }) as FieldManifest;
