/**
 * `writability: APPLICATION` on an app's object or field (twenty-sdk ObjectManifest/FieldManifest, APPS.md §1
 * defineObject/defineField: `MetadataWritability.OPEN|APPLICATION|SYSTEM`): only the application writes it. The
 * stand-in refuses such writes made with a user's token (actor source MANUAL), on the app's own objects and on the
 * fields it adds to standard objects alike. Whether a real server enforces it on standard objects (company, person)
 * is UNVERIFIED (docs/architecture.md D40), and the error's wording is the stand-in's own (nothing was captured).
 * The app's token and workspace API keys (scripts, imports) may write.
 */
import type { Actor } from './auth';
import { errors } from './errors';
import type { ObjectMeta } from './model';

const APPLICATION = 'APPLICATION';

export function refuseUserWriteToAppOnly(object: ObjectMeta, inputs: unknown[], actor: Actor): void {
  if (actor.source !== 'MANUAL') return;
  if (object.writability === APPLICATION)
    throw errors.forbidden(
      `Records of ${object.nameSingular} can only be written by the application that owns the object.`,
    );
  for (const input of inputs) {
    if (typeof input !== 'object' || input === null) continue;
    for (const key of Object.keys(input)) {
      if (object.fields.get(key)?.writability === APPLICATION) {
        throw errors.forbidden(
          `Field "${key}" of ${object.nameSingular} can only be written by the application that owns it.`,
        );
      }
    }
  }
}
