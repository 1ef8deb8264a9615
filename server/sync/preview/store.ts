// An impact preview's record in kv: the proposed settings, who asked, and whether it was cancelled. Each previewed
// stream runs as a dry run whose run state lives under the preview's own key (checkpoints.ts runStateKey), never a
// real run's, so a preview cannot move a real run's checkpoint (D64).
import type { KvPort } from 'server/host/kv';
import type { SettingsChange } from 'server/routes/contracts';
import type { StreamName, SyncSettings } from 'server/settings/schema';
import { hashValue } from '../hashing';

export interface PreviewRecord {
  previewId: string;
  startedAt: string;
  startedBy: string | null;
  change: SettingsChange;
  /** The whole document the change gives: what the dry runs use, and what a save with this id stores. */
  settings: SyncSettings;
  /** Hash of the stored settings when the preview started; a save refuses the preview once they differ. */
  baseHash: string;
  streams: StreamName[];
  cancelRequested: boolean;
}

/** Kept previews, newest first; older ones (their records and run states) are deleted when a new one starts. */
export const PREVIEWS_KEPT = 5;

const INDEX_KEY = 'metakocka:preview:index';
const recordKey = (previewId: string) => `metakocka:preview:${previewId}`;

export const settingsHash = (settings: SyncSettings) => hashValue(settings, 32);

export const loadPreview = (kv: KvPort, previewId: string) => kv.get<PreviewRecord>(recordKey(previewId));
export const savePreview = (kv: KvPort, record: PreviewRecord) => kv.set(recordKey(record.previewId), record);

export async function latestPreviewId(kv: KvPort): Promise<string | null> {
  return (await kv.get<string[]>(INDEX_KEY))?.[0] ?? null;
}

/** Adds a preview to the index and returns the ids that fell out of it (the caller deletes their keys). */
export async function indexPreview(kv: KvPort, previewId: string): Promise<string[]> {
  const ids = [previewId, ...((await kv.get<string[]>(INDEX_KEY)) ?? []).filter((id) => id !== previewId)];
  await kv.set(INDEX_KEY, ids.slice(0, PREVIEWS_KEPT));
  return ids.slice(PREVIEWS_KEPT);
}

export const previewKeys = (previewId: string, streams: readonly StreamName[], stateKey: (s: StreamName) => string) => [
  recordKey(previewId),
  ...streams.map(stateKey),
];

/** What a save from a preview leaves for the next real run of each previewed stream: the preview's counts, so the
 *  run's detail can show how the data moved in between (planner.ts startRun, runs.ts). */
export interface AppliedPreview {
  previewId: string;
  counts: Partial<Record<StreamName, Record<string, number>>>;
}
const APPLIED_KEY = 'metakocka:preview:applied';
export const loadAppliedPreview = (kv: KvPort) => kv.get<AppliedPreview>(APPLIED_KEY);
export const saveAppliedPreview = (kv: KvPort, applied: AppliedPreview) => kv.set(APPLIED_KEY, applied);
