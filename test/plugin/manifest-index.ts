// Lookups over the built manifest by name, so the tests can speak of `company.metakockaPartnerId` rather than UUIDs.
import type { BuiltManifest } from 'test/plugin/built-manifest';
import { STANDARD_OBJECT_IDS } from 'test/plugin/twenty-standard-ids';

export type FieldEntry = Record<string, any> & {
  name: string;
  type: string;
  universalIdentifier: string;
  objectName: string;
};

export const indexManifest = (manifest: BuiltManifest) => {
  const objectNames = new Map<string, string>();
  for (const [name, id] of Object.entries(STANDARD_OBJECT_IDS)) objectNames.set(id, name);
  for (const object of manifest.objects) objectNames.set(object.universalIdentifier, object.nameSingular);

  const fields: FieldEntry[] = [
    ...manifest.objects.flatMap((object) =>
      object.fields.map((field) => ({ ...field, objectName: object.nameSingular })),
    ),
    ...manifest.fields.map((field) => ({
      ...field,
      objectName: objectNames.get(field.objectUniversalIdentifier) ?? 'unknown',
    })),
  ] as FieldEntry[];
  const byPath = new Map(fields.map((field) => [`${field.objectName}.${field.name}`, field]));
  const byId = new Map(fields.map((field) => [field.universalIdentifier, field]));

  const field = (path: string): FieldEntry => {
    const found = byPath.get(path);
    if (!found) throw new Error(`The built manifest has no field ${path}`);
    return found;
  };
  const object = (nameSingular: string) => {
    const found = manifest.objects.find((candidate) => candidate.nameSingular === nameSingular);
    if (!found) throw new Error(`The built manifest has no object ${nameSingular}`);
    return found;
  };
  const objectName = (universalIdentifier: string) =>
    objectNames.get(universalIdentifier) ?? `unknown:${universalIdentifier}`;
  const fieldPath = (universalIdentifier: string) => {
    const found = byId.get(universalIdentifier);
    return found ? `${found.objectName}.${found.name}` : `unknown:${universalIdentifier}`;
  };
  const fieldsOf = (nameSingular: string) => fields.filter((candidate) => candidate.objectName === nameSingular);
  return { fields, field, object, objectName, fieldPath, fieldsOf };
};
