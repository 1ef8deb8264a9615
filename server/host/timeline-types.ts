// The app's timeline activity types as the workspace has them, read from /metadata with the app's token: the query
// twenty-sdk's createTimelineActivity makes before every row (sdk-src: logic-function/timeline/create-timeline-activity.ts,
// `timelineActivityTypes { id universalIdentifier isActive }`), made here once per run (D81).
import { CrmUnavailableError } from 'server/crm';
import type { TimelineTypesAnswer } from 'server/sync/ports';
import { metadataRequest } from './metadata';
import type { AppRuntime } from './runtime';

const QUERY = 'query MetakockaTimelineActivityTypes { timelineActivityTypes { id universalIdentifier isActive } }';

export async function readTimelineActivityTypes(app: AppRuntime): Promise<TimelineTypesAnswer> {
  type Types = { timelineActivityTypes: Array<{ id: string; universalIdentifier: string; isActive: boolean }> };
  // A network failure is retried like any other Twenty call; only an answer can say no.
  const answer = await metadataRequest<Types>(app, 'application', QUERY).catch((error: unknown) => {
    throw new CrmUnavailableError(error instanceof Error ? error.message : String(error), { cause: error });
  });
  if (!answer.ok) return { ok: false, detail: answer.errors.map((e) => e.message).join('; ') };
  return { ok: true, types: answer.data.timelineActivityTypes ?? [] };
}
