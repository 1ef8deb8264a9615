// What each non-route logic function calls (cron, jobs, database events, the workflow step): parse the trigger
// payload, build the sync runtime, call one server function. The sync's routes are in server/routes/sync.ts.
import type { AppRuntime } from 'server/host/runtime';
import { handleRecordEvents, type RecordEvent } from './partners/events';
import { pushRecords } from './partners/push';
import { parsePushPayload } from './partners/push-queue';
import { cronTick } from './planner';
import { forgetOldStockBodies } from './products/stock-webhook';
import { parseRunRequest, runSyncNow } from './run-now';
import { runSyncStep } from './run-sync-step';
import { parseSyncStepPayload } from './sync-step-payload';
import { syncRuntimeFrom } from './sync-runtime';

export async function syncCron(_payload: unknown, app: AppRuntime) {
  const tick = await cronTick(syncRuntimeFrom(app));
  await forgetOldStockBodies(app.kv, app.clock.now());
  return tick;
}
export const runSyncStepJob = (payload: unknown, app: AppRuntime) =>
  runSyncStep(parseSyncStepPayload(payload), syncRuntimeFrom(app));
export const pushRecordsJob = (payload: unknown, app: AppRuntime) =>
  pushRecords(parsePushPayload(payload), syncRuntimeFrom(app));

/** Batch mode hands { events: [...] }, single mode one event with recordId and properties (APPS.md §3.3). */
export function eventsOf(payload: unknown): RecordEvent[] {
  const p = (payload ?? {}) as {
    events?: unknown[];
    recordId?: string;
    properties?: { after?: Record<string, unknown> };
  };
  const list = Array.isArray(p.events) ? p.events : p.recordId ? [p] : [];
  return list
    .map((e) => {
      const event = e as { recordId?: string; properties?: { after?: Record<string, unknown> | null } };
      return { recordId: String(event.recordId ?? ''), after: event.properties?.after ?? null };
    })
    .filter((e) => e.recordId !== '');
}

export const recordEvents = (object: 'company' | 'person') => (payload: unknown, app: AppRuntime) =>
  handleRecordEvents(syncRuntimeFrom(app), object, eventsOf(payload));

export const runSyncWorkflowAction = (payload: unknown, app: AppRuntime) =>
  runSyncNow(syncRuntimeFrom(app), parseRunRequest(payload), 'workflow');
