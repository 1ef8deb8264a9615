// Pushes held during maintenance (issue 16 item 3): a push job that finds maintenance on does not push; it notes its
// records in kv and enqueues itself again a few minutes later, until maintenance ends. The job chain is what keeps the
// edit (kv has no compare-and-set, so two jobs noting at once may drop one note); the notes let the console count what
// is held and push it the moment maintenance ends rather than at the next recheck.
import { hashValue } from './hashing';
import type { SyncRuntime } from './ports';
import { enqueuePush, type parsePushPayload } from './partners/push-queue';

type PushPayload = ReturnType<typeof parsePushPayload>;

export const HOLD_RECHECK_MS = 5 * 60_000;

const HELD_KEY = 'metakocka:console:held-pushes';

type HeldNotes = Record<string, PushPayload>;

const loadNotes = async (rt: Pick<SyncRuntime, 'kv'>) => (await rt.kv.get<HeldNotes>(HELD_KEY)) ?? {};

/** Notes the job's records and re-enqueues it after HOLD_RECHECK_MS (one job id per recheck window, so a redelivered
 *  held job does not fork the chain). */
export async function holdPush(rt: SyncRuntime, payload: PushPayload): Promise<void> {
  const key = hashValue(payload);
  const notes = await loadNotes(rt);
  if (!notes[key]) await rt.kv.set(HELD_KEY, { ...notes, [key]: payload });
  const window = Math.floor(rt.now().getTime() / HOLD_RECHECK_MS);
  await enqueuePush(rt, `held:${key}:${window}`, payload.companyIds, payload.personIds, HOLD_RECHECK_MS);
}

export async function heldPushCount(rt: Pick<SyncRuntime, 'kv'>): Promise<number> {
  const notes = await loadNotes(rt);
  return Object.values(notes).reduce((n, p) => n + p.companyIds.length + p.personIds.length, 0);
}

/** Maintenance ended: the noted pushes go to the queue now; returns how many records they carry. */
export async function releaseHeldPushes(rt: SyncRuntime): Promise<number> {
  const notes = await loadNotes(rt);
  const companyIds = [...new Set(Object.values(notes).flatMap((p) => p.companyIds))];
  const personIds = [...new Set(Object.values(notes).flatMap((p) => p.personIds))];
  await enqueuePush(rt, `released:${hashValue(notes)}`, companyIds, personIds);
  await rt.kv.set(HELD_KEY, {});
  return companyIds.length + personIds.length;
}
