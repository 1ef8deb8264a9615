// Timeline rows of the app's own activity type, written in one batch create (issue 18 item 3). twenty-sdk's
// createTimelineActivity writes one row per call (UI-SURFACES.md §2); the row it posts is the same record:
// `timelineActivityTypeId`, `target<Object>Id`, `happensAt`, `properties` (sdk-src:
// logic-function/timeline/create-timeline-activity.ts, dist/logic-function/index.mjs), so a page's rows go in one
// `createTimelineActivities` call like any other batch (contract/README.md "Key limits": 200 per call).
import { chunk, TWENTY_BATCH_CAP } from './records';
import type { CrmGateway } from './gateway';

export interface TimelineActivityDraft {
  timelineActivityTypeId: string;
  /** nameSingular of the record's object: `company`, `person`, or one of the app's own. */
  targetObject: string;
  targetRecordId: string;
  name: string;
  happensAt: string;
  properties: Record<string, unknown>;
}

const CREATE = `mutation CreateMetakockaTimelineActivities($data: [TimelineActivityCreateInput!]!) {
  createTimelineActivities(data: $data) { id } }`;

/** A morph target is `target<Object>Id`, the object's nameSingular capitalised (the SDK's own rule, and stand-in i2). */
export const timelineTargetField = (object: string) => `target${object.charAt(0).toUpperCase()}${object.slice(1)}Id`;

/** One call per 200 rows: a page's events in one call unless more than 200 of its records changed. */
export async function createTimelineActivities(gateway: CrmGateway, drafts: TimelineActivityDraft[]): Promise<void> {
  for (const part of chunk(drafts, TWENTY_BATCH_CAP))
    await gateway.request(CREATE, {
      data: part.map((d) => ({
        timelineActivityTypeId: d.timelineActivityTypeId,
        [timelineTargetField(d.targetObject)]: d.targetRecordId,
        name: d.name,
        happensAt: d.happensAt,
        properties: d.properties,
      })),
    });
}
