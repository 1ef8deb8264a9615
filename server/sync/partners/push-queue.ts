// Enqueues push jobs for Twenty records whose changes must reach Metakocka (db events, pulls that saw Twenty edits, record actions).
import { hashValue } from '../hashing';
import type { SyncRuntime } from '../ports';

export const PUSH_BATCH = 50;

export async function enqueuePush(
  rt: SyncRuntime,
  origin: string,
  companyIds: string[],
  personIds: string[],
  delayMs = 0,
): Promise<void> {
  const jobs = [];
  for (let i = 0; i < Math.max(companyIds.length, personIds.length); i += PUSH_BATCH) {
    const payload = { companyIds: companyIds.slice(i, i + PUSH_BATCH), personIds: personIds.slice(i, i + PUSH_BATCH) };
    // Same origin and same records → same jobId, so a repeated enqueue (a repeated page) is a no-op.
    jobs.push({ jobId: `push:${hashValue({ origin, payload })}`, payload });
  }
  if (jobs.length > 0) await rt.jobs.enqueue('push-records', jobs, delayMs);
}

export function parsePushPayload(payload: unknown): { companyIds: string[]; personIds: string[] } {
  const p = (payload ?? {}) as { companyIds?: unknown; personIds?: unknown };
  const ids = (v: unknown, name: string) => {
    if (v === undefined) return [];
    if (!Array.isArray(v) || v.some((x) => typeof x !== 'string'))
      throw new Error(`push-records expects ${name} to be a list of record ids.`);
    return v as string[];
  };
  return { companyIds: ids(p.companyIds, 'companyIds'), personIds: ids(p.personIds, 'personIds') };
}
