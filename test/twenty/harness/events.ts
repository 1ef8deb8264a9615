// Database-event payloads as Twenty hands them to a logic function (APPS.md §3.3; twenty-sdk define d.ts
// ObjectRecord*Event, DatabaseEventPayload, DatabaseEventBatchPayload): single mode = one run per record event, batch
// mode = one run per at most 200 events of one name from one write, filtered by the trigger's updatedFields.
import type { LoadedManifest, ManifestFunction } from 'test/twenty/harness/manifest';
import { eventNameOf, type StandInRecordEvent } from 'test/twenty/harness/stand-in-port';

export interface RecordEventInput {
  recordId: string;
  before?: Record<string, unknown> | null;
  after?: Record<string, unknown> | null;
  updatedFields?: string[];
  workspaceMemberId?: string;
  userWorkspaceId?: string;
  userId?: string;
}

export const EVENT_BATCH_CAP = 200;

/** `company.created` matches the patterns `company.created`, `*.created`, `company.*` and `*.*`. */
export function eventNameMatches(pattern: string, eventName: string): boolean {
  const [patternObject, patternAction] = pattern.split('.');
  const [object, action] = eventName.split('.');
  return (patternObject === '*' || patternObject === object) && (patternAction === '*' || patternAction === action);
}

const actionOf = (eventName: string): string => eventName.split('.')[1] ?? '';

/** A trigger with updatedFields fires for updates that touch one of them (APPS.md §8 "Self-triggering"). */
function passesFieldFilter(fn: ManifestFunction, eventName: string, event: RecordEventInput): boolean {
  const wanted = fn.databaseEventTriggerSettings?.updatedFields ?? [];
  if (wanted.length === 0 || actionOf(eventName) !== 'updated') return true;
  return (event.updatedFields ?? []).some((field) => wanted.includes(field));
}

function diffOf(event: RecordEventInput): Record<string, { before: unknown; after: unknown }> {
  return Object.fromEntries(
    (event.updatedFields ?? []).map((field) => [
      field,
      { before: event.before?.[field] ?? null, after: event.after?.[field] ?? null },
    ]),
  );
}

function propertiesOf(eventName: string, event: RecordEventInput): Record<string, unknown> {
  const change = {
    before: event.before ?? {},
    after: event.after ?? {},
    updatedFields: event.updatedFields ?? [],
    diff: diffOf(event),
  };
  switch (actionOf(eventName)) {
    case 'created':
      return { after: event.after ?? {} };
    case 'destroyed':
      return { before: event.before ?? {} };
    case 'upserted':
      return event.before ? change : { after: event.after ?? {} };
    default: // updated, deleted, restored carry before, after, updatedFields and diff
      return change;
  }
}

const STANDARD_PLURALS: Record<string, string> = {
  company: 'companies',
  person: 'people',
  opportunity: 'opportunities',
  workspaceMember: 'workspaceMembers',
  note: 'notes',
  task: 'tasks',
};

/** SimplifiedFlatObjectMetadata of the event's object: custom objects from the manifest, standard ones by name. */
export function objectMetadataOf(
  loaded: LoadedManifest,
  nameSingular: string,
  applicationId: string,
): Record<string, unknown> {
  const custom = loaded.manifest.objects.find((object) => object.nameSingular === nameSingular);
  const namePlural = custom?.namePlural ?? STANDARD_PLURALS[nameSingular] ?? `${nameSingular}s`;
  return {
    id: custom?.universalIdentifier ?? `standard-${nameSingular}`,
    nameSingular,
    namePlural,
    labelSingular: custom?.labelSingular ?? nameSingular,
    labelPlural: custom?.labelPlural ?? namePlural,
    description: custom?.description ?? null,
    icon: custom?.icon ?? null,
    universalIdentifier: custom?.universalIdentifier ?? null,
    applicationId: custom ? applicationId : null,
    dataSourceId: null,
    overrides: null,
    isCustom: Boolean(custom),
    isRemote: false,
  };
}

export interface EventRun {
  fn: ManifestFunction;
  payload: Record<string, unknown>;
}

export function eventRunsFor(
  loaded: LoadedManifest,
  eventName: string,
  events: RecordEventInput[],
  ids: { workspaceId: string; applicationId: string },
): EventRun[] {
  const objectMetadata = objectMetadataOf(loaded, eventName.split('.')[0] ?? '', ids.applicationId);
  const base = { name: eventName, workspaceId: ids.workspaceId, objectMetadata };
  const single = (event: RecordEventInput) => ({
    recordId: event.recordId,
    ...(event.userId ? { userId: event.userId } : {}),
    ...(event.userWorkspaceId ? { userWorkspaceId: event.userWorkspaceId } : {}),
    ...(event.workspaceMemberId ? { workspaceMemberId: event.workspaceMemberId } : {}),
    properties: propertiesOf(eventName, event),
  });
  return loaded.manifest.logicFunctions.flatMap((fn) => {
    const settings = fn.databaseEventTriggerSettings;
    if (!settings || !eventNameMatches(settings.eventName, eventName)) return [];
    const matching = events.filter((event) => passesFieldFilter(fn, eventName, event));
    if (!settings.batchMode) return matching.map((event) => ({ fn, payload: { ...base, ...single(event) } }));
    const runs: EventRun[] = [];
    for (let start = 0; start < matching.length; start += EVENT_BATCH_CAP) {
      runs.push({ fn, payload: { ...base, events: matching.slice(start, start + EVENT_BATCH_CAP).map(single) } });
    }
    return runs;
  });
}

const inputOf = (event: StandInRecordEvent): RecordEventInput => ({
  recordId: event.recordId,
  before: event.before,
  after: event.after,
  updatedFields: event.updatedFields,
  ...(event.workspaceMemberId ? { workspaceMemberId: event.workspaceMemberId } : {}),
});

/**
 * The runs one committed write leads to. Twenty emits a write's record events together, one batch per event name
 * (an upsert can both create and update), and a batch-mode function gets that batch in runs of at most 200 events
 * (APPS.md §3.3); a per-record function still gets one run per event. Events of different writes never share a run.
 */
export function eventRunsForWrite(
  loaded: LoadedManifest,
  events: StandInRecordEvent[],
  ids: { workspaceId: string; applicationId: string },
): EventRun[] {
  const byName = new Map<string, RecordEventInput[]>();
  for (const event of events) {
    const name = eventNameOf(event);
    byName.set(name, [...(byName.get(name) ?? []), inputOf(event)]);
  }
  return [...byName].flatMap(([name, inputs]) => eventRunsFor(loaded, name, inputs, ids));
}
