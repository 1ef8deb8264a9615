/**
 * Installs the app's own data model from the built manifest (.twenty/output/manifest.json, twenty-sdk 2.43 format):
 * `objects[]` with their `fields`, top-level `fields[]` (incl. fields added to standard objects), relations with
 * join columns `<name>Id` (universalSettings.joinColumnName) and unique indexes (`indexes[]`, field `isUnique`).
 * Custom objects get the system fields and the morph targets on noteTarget/taskTarget/attachment/timelineActivity (i2).
 */
import type { ManifestTimelineActivityType } from './timeline-types';
import { randomUUID } from 'node:crypto';
import {
  addField,
  capitalize,
  DataModel,
  newObject,
  parseDefault,
  systemFields,
  type FieldMeta,
  type ObjectMeta,
} from './model';

interface ManifestField {
  universalIdentifier: string;
  type: string;
  name: string;
  label: string;
  isNullable?: boolean;
  isUnique?: boolean;
  defaultValue?: unknown;
  options?: Array<{ value: string }> | null;
  objectUniversalIdentifier?: string;
  relationTargetObjectMetadataUniversalIdentifier?: string;
  relationTargetFieldMetadataUniversalIdentifier?: string;
  universalSettings?: { relationType?: string; joinColumnName?: string | null; onDelete?: string } | null;
  writability?: string;
  isUIEditable?: boolean;
}

interface ManifestObject {
  universalIdentifier: string;
  nameSingular: string;
  namePlural: string;
  labelSingular: string;
  labelPlural: string;
  fields: ManifestField[];
  writability?: string;
}

export interface AppManifest {
  application: {
    universalIdentifier: string;
    displayName?: string;
    applicationVariables?: Record<
      string,
      {
        universalIdentifier: string;
        value?: string;
        isSecret?: boolean;
        description?: string;
        label?: string;
        type?: string;
        isRequired?: boolean;
      }
    >;
    defaultRoleUniversalIdentifier?: string;
  };
  objects?: ManifestObject[];
  fields?: ManifestField[];
  indexes?: Array<{
    objectUniversalIdentifier: string;
    isUnique?: boolean;
    fields: Array<{ fieldUniversalIdentifier: string; subFieldName?: string }>;
  }>;
  roles?: Array<{ universalIdentifier: string; permissionFlagUniversalIdentifiers?: string[] }>;
  logicFunctions?: unknown[];
  timelineActivityTypes?: ManifestTimelineActivityType[];

  pageLayouts?: Array<{ universalIdentifier: string; name: string; type: string; objectUniversalIdentifier?: string }>;
}

const MORPH_HOSTS = ['noteTarget', 'taskTarget', 'attachment', 'timelineActivity'];

export function installManifest(model: DataModel, manifest: AppManifest): void {
  const fieldNames = new Map<string, { object: ObjectMeta; name: string }>();
  const pendingRelations: Array<{ object: ObjectMeta; field: ManifestField }> = [];

  for (const spec of manifest.objects ?? []) {
    const object = { ...newObject({ ...spec, isCustom: true }), writability: spec.writability };
    for (const f of systemFields()) addField(object, f);
    model.add(object);
    for (const f of spec.fields) place(object, f);
    installMorphTargets(model, object);
  }
  for (const f of manifest.fields ?? []) {
    const object = f.objectUniversalIdentifier ? model.byUniversalIdentifier(f.objectUniversalIdentifier) : undefined;
    if (!object)
      throw new Error(
        `Manifest field ${f.name}: object ${f.objectUniversalIdentifier} is not installed in the stand-in`,
      );
    place(object, f);
  }
  for (const { object, field } of pendingRelations) addRelation(object, field);
  for (const index of manifest.indexes ?? []) {
    if (!index.isUnique) continue;
    const object = model.byUniversalIdentifier(index.objectUniversalIdentifier);
    if (!object) throw new Error(`Manifest index: object ${index.objectUniversalIdentifier} is not installed`);
    object.uniqueIndexes.push({
      parts: index.fields.map((part) => {
        const target = fieldNames.get(part.fieldUniversalIdentifier);
        if (!target)
          throw new Error(`Manifest index on ${object.nameSingular}: unknown field ${part.fieldUniversalIdentifier}`);
        return part.subFieldName ? { field: target.name, sub: part.subFieldName } : { field: target.name };
      }),
    });
  }

  function place(object: ObjectMeta, f: ManifestField): void {
    fieldNames.set(f.universalIdentifier, { object, name: f.name });
    if (f.type === 'RELATION' || f.type === 'MORPH_RELATION') {
      pendingRelations.push({ object, field: f });
      return;
    }
    addField(object, {
      id: randomUUID(),
      universalIdentifier: f.universalIdentifier,
      name: f.name,
      label: f.label,
      type: f.type,
      isNullable: f.isNullable ?? true,
      isUnique: f.isUnique ?? false,
      isSystem: false,
      defaultValue: parseDefault(f.defaultValue),
      options: f.options?.map((o) => o.value),
      writability: f.writability,
      isUIEditable: f.isUIEditable,
    });
  }

  function addRelation(object: ObjectMeta, f: ManifestField): void {
    const target = f.relationTargetObjectMetadataUniversalIdentifier
      ? model.byUniversalIdentifier(f.relationTargetObjectMetadataUniversalIdentifier)
      : undefined;
    if (!target) throw new Error(`Relation ${object.nameSingular}.${f.name}: target object is not installed`);
    const inverse = f.relationTargetFieldMetadataUniversalIdentifier
      ? fieldNames.get(f.relationTargetFieldMetadataUniversalIdentifier)
      : undefined;
    const manyToOne = f.universalSettings?.relationType === 'MANY_TO_ONE';
    const field: FieldMeta = {
      id: randomUUID(),
      universalIdentifier: f.universalIdentifier,
      name: f.name,
      label: f.label,
      type: 'RELATION',
      isNullable: f.isNullable ?? true,
      isUnique: false,
      isSystem: false,
      defaultValue: undefined,
      relation: {
        type: manyToOne ? 'MANY_TO_ONE' : 'ONE_TO_MANY',
        targetObject: target.nameSingular,
        targetField: inverse?.name,
        joinColumn: manyToOne ? (f.universalSettings?.joinColumnName ?? `${f.name}Id`) : undefined,
        onDelete: (f.universalSettings?.onDelete as 'SET_NULL' | 'CASCADE' | undefined) ?? 'SET_NULL',
      },
    };
    addField(object, field);
  }
}

/** Custom objects become morph targets of noteTarget, taskTarget, attachment and timelineActivity (i2 shows the inverse fields). */
export function installMorphTargets(model: DataModel, object: ObjectMeta, hosts: string[] = MORPH_HOSTS): void {
  const inverseNames: Record<string, string> = {
    noteTarget: 'noteTargets',
    taskTarget: 'taskTargets',
    attachment: 'attachments',
    timelineActivity: 'timelineActivities',
  };
  for (const hostName of hosts) {
    const host = model.get(hostName);
    if (!host) continue;
    const fieldName = `target${capitalize(object.nameSingular)}`;
    addField(host, {
      id: randomUUID(),
      name: fieldName,
      label: object.labelSingular,
      type: 'RELATION',
      isNullable: true,
      isUnique: false,
      isSystem: false,
      defaultValue: undefined,
      relation: {
        type: 'MANY_TO_ONE',
        targetObject: object.nameSingular,
        targetField: inverseNames[hostName],
        joinColumn: `${fieldName}Id`,
        onDelete: 'CASCADE',
      },
    });
    addField(object, {
      id: randomUUID(),
      name: inverseNames[hostName]!,
      label: capitalize(inverseNames[hostName]!),
      type: 'RELATION',
      isNullable: true,
      isUnique: false,
      isSystem: false,
      defaultValue: undefined,
      relation: { type: 'ONE_TO_MANY', targetObject: hostName, targetField: 'target' },
    });
  }
}

/** Permission flags of the app's own role (manifest roles[default].permissionFlagUniversalIdentifiers, APPS.md §5). */
export function appFlags(manifest: AppManifest | null): string[] {
  const SYSTEM_FLAG_UIDS: Record<string, string> = {
    '9faa55f7-2606-566b-9e1d-aefbedbd0136': 'APPLICATIONS',
    'beb99803-9a0e-588d-9c4b-3dd14d9cdf21': 'API_KEYS_AND_WEBHOOKS',
    '86a58859-a539-5fa8-ba18-a6aaddc811b6': 'WORKSPACE',
    'f0c08013-3c9a-5489-bd45-a641fe5f085d': 'DATA_MODEL',
    '6189e7bd-4051-5752-b6b1-5f31358fbaf1': 'WORKFLOWS',
    'dc6931a9-44bd-5164-a983-3db5db837f54': 'UPLOAD_FILE',
    '6edf252f-228e-5e2f-9706-7bab7a796fd3': 'DOWNLOAD_FILE',
  };
  const role = manifest?.roles?.find(
    (r) => r.universalIdentifier === manifest.application.defaultRoleUniversalIdentifier,
  );
  const custom = new Map(
    (
      manifest as { permissionFlags?: Array<{ universalIdentifier: string; key: string }> } | null
    )?.permissionFlags?.map((f) => [f.universalIdentifier, f.key]) ?? [],
  );
  return (role?.permissionFlagUniversalIdentifiers ?? []).map((uid) => SYSTEM_FLAG_UIDS[uid] ?? custom.get(uid) ?? uid);
}

/** metadata-schema.graphql `type PageLayout` (line 1377), the fields the stand-in answers. */
export interface InstalledPageLayout {
  id: string;
  name: string;
  type: string;
  objectMetadataId: string | null;
  universalIdentifier: string;
  createdAt: string;
  updatedAt: string;
  deletedAt: null;
}

/** The app's page layouts as the server holds them after install: each with a workspace id of its own (the metadata
 *  API's `PageLayout`), what `getPageLayouts` answers. */
export function installedPageLayouts(
  model: DataModel,
  manifest: AppManifest | null,
  nowMs: number,
): InstalledPageLayout[] {
  const at = new Date(nowMs).toISOString();
  return (manifest?.pageLayouts ?? []).map((layout) => ({
    id: randomUUID(),
    name: layout.name,
    type: layout.type,
    objectMetadataId: layout.objectUniversalIdentifier
      ? (model.byUniversalIdentifier(layout.objectUniversalIdentifier)?.id ?? null)
      : null,
    universalIdentifier: layout.universalIdentifier,
    createdAt: at,
    updatedAt: at,
    deletedAt: null,
  }));
}
