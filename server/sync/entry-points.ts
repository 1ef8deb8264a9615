// What each logic function calls: parse the trigger payload, build the sync runtime, call one server function.
import { failureReply, routeReply, type RouteRequest } from 'server/host/route';
import type { HttpResponse } from 'server/host/http-response';
import type { AppRuntime } from 'server/host/runtime';
import { readSettingsAnswer, saveSettingsAnswer } from 'server/settings/routes';
import { parseResolveRequest, resolveConflict } from './conflict-resolution';
import { handleRecordEvents, type RecordEvent } from './partners/events';
import { pushRecords } from './partners/push';
import { parsePushPayload } from './partners/push-queue';
import { cronTick } from './planner';
import { forgetOldStockBodies, receiveStockWebhook } from './products/stock-webhook';
import { linkToPartner, parseLinkRequest } from './partners/link';
import { parseRecordAction, runRecordAction } from './record-actions';
import { parseRunRequest, runSyncNow, RunRequestError } from './run-now';
import { runSyncStep } from './run-sync-step';
import { parseSyncStepPayload } from './sync-step-payload';
import { syncRuntimeFrom } from './sync-runtime';

export async function syncCron(_payload: unknown, app: AppRuntime) {
  const tick = await cronTick(syncRuntimeFrom(app));
  await forgetOldStockBodies(app.kv, app.clock.now());
  return tick;
}
export const runSyncStepJob = (payload: unknown, app: AppRuntime) => runSyncStep(parseSyncStepPayload(payload), syncRuntimeFrom(app));
export const pushRecordsJob = (payload: unknown, app: AppRuntime) => pushRecords(parsePushPayload(payload), syncRuntimeFrom(app));

/** Batch mode hands { events: [...] }, single mode one event with recordId and properties (APPS.md §3.3). */
export function eventsOf(payload: unknown): RecordEvent[] {
  const p = (payload ?? {}) as { events?: unknown[]; recordId?: string; properties?: { after?: Record<string, unknown> } };
  const list = Array.isArray(p.events) ? p.events : p.recordId ? [p] : [];
  return list.map((e) => {
    const event = e as { recordId?: string; properties?: { after?: Record<string, unknown> | null } };
    return { recordId: String(event.recordId ?? ''), after: event.properties?.after ?? null };
  }).filter((e) => e.recordId !== '');
}

export const recordEvents = (object: 'company' | 'person') => (payload: unknown, app: AppRuntime) => handleRecordEvents(syncRuntimeFrom(app), object, eventsOf(payload));

export async function stockWebhookRoute(request: RouteRequest, app: AppRuntime): Promise<HttpResponse> {
  const verdict = await receiveStockWebhook(syncRuntimeFrom(app), request, app.env.metakockaWebhookSecret?.reveal() ?? null);
  // Metakocka expects a JSON answer (API.md §2.4); both known forms are included.
  if (verdict.ok) return routeReply(200, { status: 'ok', check_respond_status_json_ok: true, updated: verdict.updated ?? 0 });
  return failureReply(verdict.status, verdict.error, verdict.action);
}

export const readSettingsRoute = (_request: RouteRequest, app: AppRuntime) => readSettingsAnswer(app.kv, app.log);
export const saveSettingsRoute = (request: RouteRequest, app: AppRuntime) => saveSettingsAnswer(app.kv, request.body);
export const resolveConflictRoute = (request: RouteRequest, app: AppRuntime) => resolveConflict(syncRuntimeFrom(app, { startedBy: 'user', action: 'resolve sync conflict' }), parseResolveRequest(request.body), request.caller?.workspaceMemberId ?? null);

export async function recordActionRoute(request: RouteRequest, app: AppRuntime) {
  let action;
  try {
    action = parseRecordAction(request.body);
  } catch (error) {
    return failureReply(400, (error as Error).message, 'Correct the request and send it again.');
  }
  return runRecordAction(syncRuntimeFrom(app, { startedBy: 'user', action: `record action ${action.action} ${action.object} ${action.recordId}` }), action, request.caller?.workspaceMemberId ?? null);
}

export async function linkPartnerRoute(request: RouteRequest, app: AppRuntime) {
  const parsed = parseLinkRequest(request.body);
  if ('error' in parsed) return failureReply(parsed.status, parsed.error, parsed.action);
  const rt = syncRuntimeFrom(app, { startedBy: 'user', action: `link ${parsed.object} ${parsed.recordId} to a Metakocka partner` });
  const outcome = await linkToPartner(rt, parsed, request.caller?.workspaceMemberId ?? null);
  return outcome.ok ? outcome : failureReply(outcome.status, outcome.error, outcome.action);
}

export async function runSyncRoute(request: RouteRequest, app: AppRuntime) {
  try {
    return await runSyncNow(syncRuntimeFrom(app), parseRunRequest(request.body), 'manual');
  } catch (error) {
    if (error instanceof RunRequestError) return failureReply(400, error.message, 'Correct the request and send it again.');
    throw error;
  }
}

export const runSyncWorkflowAction = (payload: unknown, app: AppRuntime) => runSyncNow(syncRuntimeFrom(app), parseRunRequest(payload), 'workflow');
