/**
 * The standard objects a CRM sync touches, built from the captured field inventory
 * (data/standard-objects-fields.json = contract/standard-objects-fields.json, copied so tests run without /work/shared).
 * Relations to objects outside this set (fork-only or out of scope) are left out, as in core-schema.standard.graphql.
 */
import { randomUUID } from 'node:crypto';
import inventory from './data/standard-objects-fields.json';
import { addField, DataModel, newObject, parseDefault, type FieldMeta, type RelationMeta } from './model';

// Universal identifiers of the standard objects (twenty-sdk/define STANDARD_OBJECT), so manifest fields can target them.
export const STANDARD_OBJECT_UIDS: Record<string, string> = {
  company: '20202020-b374-4779-a561-80086cb2e17f',
  person: '20202020-e674-48e5-a542-72570eee7213',
  opportunity: '20202020-9549-49dd-b2b2-883999db8938',
  workspaceMember: '20202020-3319-4234-a34c-82d5c0e881a6',
  note: '20202020-0b00-45cd-b6f6-6cd806fc6804',
  task: '20202020-1ba1-48ba-bc83-ef7e5990ed10',
  timelineActivity: '20202020-6736-4337-b5c4-8b39fae325a5',
  attachment: '20202020-bd3d-4c60-8dca-571c71d4447a',
  noteTarget: '20202020-fff0-4b44-be82-bda313884400',
  taskTarget: '20202020-5a9a-44e8-95df-771cd06d0fb1',
};

interface InventoryField {
  name: string;
  type: string;
  label: string;
  isNullable: boolean;
  isSystem: boolean;
  isUnique: boolean;
  defaultValue: unknown;
  options?: Array<{ value: string }>;
  settings?: { onDelete?: string; relationType?: string; joinColumnName?: string };
  relation?: { type: string; targetObject: string; targetField: string };
  gqlFkField?: string;
}

interface InventoryObject {
  namePlural: string;
  labelSingular: string;
  fields: InventoryField[];
}

const objects = (inventory as unknown as { objects: Record<string, InventoryObject> }).objects;

export function addStandardObjects(model: DataModel): void {
  for (const [name, spec] of Object.entries(objects)) {
    model.add(
      newObject({
        nameSingular: name,
        namePlural: spec.namePlural,
        labelSingular: spec.labelSingular,
        isCustom: false,
        universalIdentifier: STANDARD_OBJECT_UIDS[name],
      }),
    );
  }
  for (const [name, spec] of Object.entries(objects)) {
    const object = model.get(name)!;
    for (const f of spec.fields) {
      if (f.relation && !objects[f.relation.targetObject]) continue; // target outside the served set
      const relation: RelationMeta | undefined = f.relation
        ? {
            type: f.relation.type === 'ONE_TO_MANY' ? 'ONE_TO_MANY' : 'MANY_TO_ONE',
            targetObject: f.relation.targetObject,
            targetField: f.relation.targetField,
            joinColumn: f.gqlFkField,
            onDelete: (f.settings?.onDelete as RelationMeta['onDelete']) ?? 'SET_NULL',
          }
        : undefined;
      const field: FieldMeta = {
        id: randomUUID(),
        name: f.name,
        label: f.label,
        type: f.type === 'MORPH_RELATION' ? 'RELATION' : f.type,
        isNullable: f.isNullable || f.type === 'RELATION' || f.type === 'MORPH_RELATION',
        isUnique: f.isUnique,
        isSystem: f.isSystem || f.type === 'TS_VECTOR',
        defaultValue: f.type === 'POSITION' ? 0 : parseDefault(f.defaultValue),
        options: f.options?.map((o) => o.value),
        relation,
      };
      addField(object, field);
    }
  }
}
