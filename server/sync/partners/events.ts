// Database events → push jobs. An event whose after-state hashes to the record's sync hash was caused by the sync
// itself (or changed nothing the sync carries) and is ignored: no loops (DESIGN.md "How data moves").
import type { CompanyRecord, PersonRecord } from 'server/crm';
import { fieldHash } from '../conflicts';
import { decodeFieldHashes, hashValue } from '../hashing';
import type { SyncRuntime } from '../ports';
import { COMPANY_FIELDS, PERSON_FIELDS, PRIVATE_PERSON_FIELDS, type FieldSpec } from './fields';
import { enqueuePush } from './push-queue';

export interface RecordEvent {
  recordId: string;
  after?: Record<string, unknown> | null;
}

function needsPush<R>(
  specs: Array<FieldSpec<R, any, any>>,
  after: R & { metakockaSyncHash?: string | null; metakockaSyncExcluded?: boolean | null; deletedAt?: string | null },
  bound: boolean,
): boolean {
  if (after.metakockaSyncExcluded || after.deletedAt) return false;
  if (!bound) return true;
  const last = decodeFieldHashes(after.metakockaSyncHash);
  if (!last) return true;
  return specs.some(
    (spec) => spec.twoWay && last[spec.name] !== undefined && fieldHash(spec.fromTwenty(after)) !== last[spec.name],
  );
}

export function companiesToPush(events: RecordEvent[]): string[] {
  return unique(
    events
      .filter(
        (e) =>
          e.after &&
          needsPush(COMPANY_FIELDS, e.after as unknown as CompanyRecord, Boolean(e.after.metakockaPartnerId)),
      )
      .map((e) => e.recordId),
  );
}

export function peopleToPush(events: RecordEvent[]): string[] {
  return unique(
    events
      .filter((e) => {
        if (!e.after) return false;
        const person = e.after as unknown as PersonRecord;
        const specs = person.metakockaPartnerId || !person.companyId ? PRIVATE_PERSON_FIELDS : PERSON_FIELDS;
        return needsPush(specs, person, Boolean(person.metakockaPartnerId || person.metakockaContactId));
      })
      .map((e) => e.recordId),
  );
}

const unique = (ids: string[]) => [...new Set(ids)];

/** Shared by the company and person triggers (batch mode, up to 200 events per run, APPS.md §3.3). */
export async function handleRecordEvents(
  rt: SyncRuntime,
  object: 'company' | 'person',
  events: RecordEvent[],
): Promise<{ queued: number; ignored: number }> {
  const ids = object === 'company' ? companiesToPush(events) : peopleToPush(events);
  // The job id follows the record versions, so a redelivered event batch dedupes and a newer edit never does.
  const origin = `event:${object}:${hashValue(events.map((e) => [e.recordId, e.after?.updatedAt ?? null]))}`;
  await enqueuePush(rt, origin, object === 'company' ? ids : [], object === 'person' ? ids : []);
  return { queued: ids.length, ignored: events.length - ids.length };
}
