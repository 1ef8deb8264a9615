// The impact preview of a settings change (issue 16 item 2, D64): each affected stream runs as a dry run with the
// proposed settings, under the preview's own run id and run state, writing nothing to Twenty or Metakocka. Its
// report says what a real run would create, update, leave, and take out of (or back into) the sync's scope, with
// examples, the calls it made and an estimate of a real run's calls and time. A save may then apply exactly the
// previewed settings; the next real run of each stream carries the preview's counts to compare (planner.ts).
import { randomUUID } from 'node:crypto';

import { PREVIEW_OUTCOMES, type PreviewOutcome, type PreviewStatus } from 'plugin/constants/sync-settings';
import { catalogued, SyncError } from 'server/errors';
import type {
  PreviewAnswer,
  PreviewExample,
  PreviewStartRequest,
  PreviewStreamReport,
  SettingsSaveAnswer,
} from 'server/routes/contracts';
import type { StreamName } from 'server/settings/schema';
import { proposedSettings, readSettings, replaceSettings } from 'server/settings/store';
import { runStateKey, loadRunState, type RunCounts, type RunState } from '../checkpoints';
import { startRun } from '../planner';
import type { SyncRuntime } from '../ports';
import { PLAN_EXAMPLES_PER_ACTION, type PlanEntry } from '../stream';
import { affectedStreams } from './affected-streams';
import {
  indexPreview,
  latestPreviewId,
  loadPreview,
  previewKeys,
  saveAppliedPreview,
  savePreview,
  settingsHash,
  type PreviewRecord,
} from './store';

/** A refusal of a preview request, with the HTTP status the route answers (server/routes/preview.ts). */
/** A save or preview request the preview cannot serve: none of that id (404), or not one a save may apply (409). */
export class PreviewRefusal extends SyncError {
  readonly retryable = false;
  constructor(
    readonly httpStatus: 404 | 409,
    readonly code: 'PREVIEW_NOT_FOUND' | 'PREVIEW_NOT_FINISHED' | 'PREVIEW_STALE',
    params: Record<string, string>,
  ) {
    super(catalogued(code, params));
  }
}

export async function startPreview(
  rt: SyncRuntime,
  request: PreviewStartRequest,
  startedBy: string | null,
): Promise<PreviewAnswer> {
  const current = await readSettings(rt.kv);
  const settings = await proposedSettings(rt.kv, request.change);
  const record: PreviewRecord = {
    previewId: randomUUID(),
    startedAt: rt.now().toISOString(),
    startedBy,
    change: request.change,
    settings,
    baseHash: settingsHash(current),
    streams: request.streams ?? affectedStreams(current, settings),
    cancelRequested: false,
  };
  await savePreview(rt.kv, record);
  for (const old of await indexPreview(rt.kv, record.previewId)) await forgetPreview(rt, old);
  for (const stream of record.streams)
    await startRun(rt, stream, {
      trigger: 'manual',
      dryRun: true,
      runId: `p-${record.previewId}`,
      previewId: record.previewId,
    });
  return report(rt, record);
}

export async function previewStatus(rt: SyncRuntime, previewId?: string): Promise<PreviewAnswer> {
  return report(rt, await requirePreview(rt, previewId ?? (await latestPreviewId(rt.kv)) ?? ''));
}

/** Asks the preview's dry runs to stop at their next page; they wrote nothing, so nothing is undone. */
export async function cancelPreview(rt: SyncRuntime, previewId: string): Promise<PreviewAnswer> {
  const record = await requirePreview(rt, previewId);
  const cancelled = { ...record, cancelRequested: true };
  await savePreview(rt.kv, cancelled);
  return report(rt, cancelled);
}

/** Stores exactly the settings a finished preview ran with, unless the stored ones changed since it started. */
export async function applyPreview(rt: SyncRuntime, previewId: string): Promise<SettingsSaveAnswer> {
  const record = await requirePreview(rt, previewId);
  const answer = await report(rt, record);
  if (answer.status !== 'done')
    throw new PreviewRefusal(409, 'PREVIEW_NOT_FINISHED', { previewId, status: answer.status });
  if (answer.stale) throw new PreviewRefusal(409, 'PREVIEW_STALE', { previewId });
  const settings = await replaceSettings(rt.kv, record.settings);
  const states = await streamStates(rt, record);
  await saveAppliedPreview(rt.kv, {
    previewId,
    counts: Object.fromEntries(states.map(({ stream, state }) => [stream, comparableCounts(state?.counts)])),
  });
  return { settings, appliedPreviewId: previewId };
}

async function requirePreview(rt: SyncRuntime, previewId: string): Promise<PreviewRecord> {
  const record = previewId ? await loadPreview(rt.kv, previewId) : null;
  if (!record) throw new PreviewRefusal(404, 'PREVIEW_NOT_FOUND', { previewId });
  return record;
}

async function forgetPreview(rt: SyncRuntime, previewId: string): Promise<void> {
  const record = await loadPreview(rt.kv, previewId);
  const keys = previewKeys(previewId, record?.streams ?? [], (stream) => runStateKey(stream, previewId));
  for (const key of keys) await rt.kv.delete(key);
}

const streamStates = (rt: SyncRuntime, record: PreviewRecord) =>
  Promise.all(
    record.streams.map(async (stream) => ({ stream, state: await loadRunState(rt.kv, stream, record.previewId) })),
  );

/** The counts a real run is compared on (RunCounts names). */
const COMPARED: Array<keyof RunCounts> = [
  'created',
  'updated',
  'unchanged',
  'leftScope',
  'enteredScope',
  'failed',
  'skipped',
  'readThenFiltered',
];
const comparableCounts = (counts: Partial<RunCounts> | undefined) =>
  Object.fromEntries(COMPARED.map((key) => [key, counts?.[key] ?? 0]));

async function report(rt: SyncRuntime, record: PreviewRecord): Promise<PreviewAnswer> {
  const states = await streamStates(rt, record);
  const now = rt.now();
  const streams = states.map(({ stream, state }) => streamReport(stream, state, record, now));
  const finishedAt = streams.every((s) => s.status !== 'running')
    ? states
        .map(({ state }) => state?.finishedAt ?? record.startedAt)
        .reduce((a, b) => (a > b ? a : b), record.startedAt)
    : null;
  return {
    previewId: record.previewId,
    status: overallStatus(streams, record),
    startedAt: record.startedAt,
    finishedAt,
    startedBy: record.startedBy,
    change: record.change,
    settings: record.settings,
    streams,
    stale: await isStale(rt, record),
  };
}

function overallStatus(streams: PreviewStreamReport[], record: PreviewRecord): PreviewStatus {
  if (record.cancelRequested) return 'cancelled';
  if (streams.some((s) => s.status === 'running')) return 'running';
  if (streams.some((s) => s.status === 'failed')) return 'failed';
  return 'done';
}

async function isStale(rt: SyncRuntime, record: PreviewRecord): Promise<boolean> {
  try {
    return settingsHash(await readSettings(rt.kv)) !== record.baseHash;
  } catch {
    return true; // the stored document no longer reads: nothing previewed against it can be applied
  }
}

const OUTCOME_OF_ACTION: Partial<Record<PlanEntry['action'], PreviewOutcome>> = {
  create: 'created',
  update: 'updated',
  'leave-scope': 'leavingScope',
  'enter-scope': 'enteringScope',
};

/** A Twenty write carries up to batchSize records; a real run sends these on top of the preview's reads. */
const SECONDS_PER_TWENTY_WRITE = 0.3;

function streamReport(
  stream: StreamName,
  state: RunState | null,
  record: PreviewRecord,
  now: Date,
): PreviewStreamReport {
  const c = state?.counts;
  const counts = {
    created: c?.created ?? 0,
    updated: c?.updated ?? 0,
    unchanged: c?.unchanged ?? 0,
    leavingScope: c?.leftScope ?? 0,
    enteringScope: c?.enteredScope ?? 0,
    failed: c?.failed ?? 0,
    skipped: c?.skipped ?? 0,
  };
  const metakockaCalls = Object.values(state?.apiCallsMetakocka ?? {}).reduce((a, b) => a + b, 0);
  const writes = Math.ceil(
    (counts.created + counts.updated + counts.leavingScope + counts.enteringScope) / record.settings.batchSize,
  );
  const elapsed = state ? (Date.parse(state.finishedAt ?? now.toISOString()) - Date.parse(state.startedAt)) / 1000 : 0;
  return {
    stream,
    runId: state?.runId ?? `p-${record.previewId}`,
    status: streamStatus(state, record),
    recordsDone: c?.recordsDone ?? 0,
    recordsEstimated: state?.recordsEstimated ?? null,
    counts,
    examples: examplesOf(state?.plan ?? []),
    readThenFiltered: c?.readThenFiltered ?? 0,
    apiCalls: { metakocka: state?.apiCallsMetakocka ?? {}, twenty: state?.apiCallsTwenty ?? 0 },
    estimate: {
      metakockaCalls,
      twentyCalls: (state?.apiCallsTwenty ?? 0) + writes,
      seconds: Math.round(Math.max(0, elapsed) + writes * SECONDS_PER_TWENTY_WRITE),
    },
    errorSummary: state?.errorSummary ?? null,
  };
}

function streamStatus(state: RunState | null, record: PreviewRecord): PreviewStatus {
  if (!state) return 'failed';
  // A preview's dry run never waits for other streams nor pauses (run-sync-step.ts): those states read as running.
  if (state.status === 'running' || state.status === 'waiting' || state.status === 'paused')
    return record.cancelRequested ? 'cancelled' : 'running';
  return state.status;
}

function examplesOf(plan: Array<Record<string, unknown>>): Record<PreviewOutcome, PreviewExample[]> {
  const out = Object.fromEntries(PREVIEW_OUTCOMES.map((o) => [o, [] as PreviewExample[]])) as Record<
    PreviewOutcome,
    PreviewExample[]
  >;
  for (const entry of plan as PlanEntry[]) {
    const outcome = OUTCOME_OF_ACTION[entry.action];
    if (!outcome || out[outcome].length >= PLAN_EXAMPLES_PER_ACTION) continue;
    out[outcome].push({
      object: entry.object as PreviewExample['object'],
      recordId: entry.id ?? null,
      metakockaId: entry.metakockaId ?? null,
      name: entry.name ?? null,
    });
  }
  return out;
}
