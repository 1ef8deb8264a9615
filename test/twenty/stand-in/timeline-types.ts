/**
 * Timeline activity types an app installs (twenty-sdk 2.43, UI-SURFACES.md §2). The 2.19 recording predates them:
 * contract/metadata-schema.graphql has no `timelineActivityTypes` query and core-schema's TimelineActivity no
 * `timelineActivityTypeId`. Both are modelled from what the 2.43 SDK sends (sdk-src:
 * logic-function/timeline/create-timeline-activity.ts, node_modules/twenty-sdk/dist/logic-function/index.mjs):
 * - /metadata `timelineActivityTypes { id universalIdentifier isActive }`, no arguments, one row per installed type;
 * - a timelineActivity row carrying `timelineActivityTypeId` beside the recorded `target<Object>Id`, `happensAt`,
 *   `name` and `properties` fields (core-schema.standard.graphql `TimelineActivityCreateInput`), so a batch
 *   `createTimelineActivities` takes the same rows (recorded batch behaviour: f1–f4, 200 per call).
 * An unknown type id is refused like any foreign key (b5: BAD_USER_INPUT with the Postgres text).
 */
import { randomUUID } from 'node:crypto';
import { addField, type DataModel } from './model';

export interface TimelineActivityTypeRow {
  id: string;
  universalIdentifier: string;
  name: string;
  label: string;
  icon: string | null;
  /** An admin can turn a type off (Settings → Applications → the app → Timeline activity types). */
  isActive: boolean;
}

export interface ManifestTimelineActivityType {
  universalIdentifier: string;
  name: string;
  label: string;
  icon?: string;
}

export const typesFromManifest = (types: ManifestTimelineActivityType[] | undefined): TimelineActivityTypeRow[] =>
  (types ?? []).map((type) => ({
    id: randomUUID(),
    universalIdentifier: type.universalIdentifier,
    name: type.name,
    label: type.label,
    icon: type.icon ?? null,
    isActive: true,
  }));

/** The 2.43 field a typed row carries (a UUID pointing at the type; null on Twenty's own rows). */
export function addTimelineTypeField(model: DataModel, types: TimelineActivityTypeRow[]): void {
  const host = model.get('timelineActivity');
  if (!host) return;
  host.metadataKeys = [{ column: 'timelineActivityTypeId', exists: (id) => types.some((type) => type.id === id) }];
  addField(host, {
    id: randomUUID(),
    name: 'timelineActivityTypeId',
    label: 'Timeline activity type',
    type: 'UUID',
    isNullable: true,
    isUnique: false,
    isSystem: false,
    defaultValue: undefined,
  });
}
