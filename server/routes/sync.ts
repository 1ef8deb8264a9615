// The sync's HTTP routes: the stock webhook, and what a user starts from Twenty (run now, a record action, linking a
// partner, resolving a conflict). Each parses its request, builds the sync runtime and calls one server function.
import { callerLanguage, failureReply, routeReply, type RouteRequest } from 'server/host/route';
import type { HttpResponse } from 'server/host/http-response';
import type { AppRuntime } from 'server/host/runtime';
import { parseResolveRequest, resolveConflict } from 'server/sync/conflict-resolution';
import { linkToPartner, parseLinkRequest } from 'server/sync/partners/link';
import { receiveStockWebhook } from 'server/sync/products/stock-webhook';
import { parseRecordAction, runRecordAction } from 'server/sync/record-actions';
import { parseRunRequest, runSyncNow } from 'server/sync/run-now';
import { syncRuntimeFrom } from 'server/sync/sync-runtime';

export async function stockWebhookRoute(request: RouteRequest, app: AppRuntime): Promise<HttpResponse> {
  const verdict = await receiveStockWebhook(
    syncRuntimeFrom(app),
    request,
    app.env.metakockaWebhookSecret?.reveal() ?? null,
  );
  // Metakocka expects a JSON answer (API.md §2.4); both known forms are included.
  if (verdict.ok)
    return routeReply(200, { status: 'ok', check_respond_status_json_ok: true, updated: verdict.updated ?? 0 });
  return failureReply(verdict.status, verdict.error, verdict.action);
}

export const resolveConflictRoute = (request: RouteRequest, app: AppRuntime) =>
  resolveConflict(
    syncRuntimeFrom(app, { startedBy: 'user', action: 'resolve sync conflict' }),
    parseResolveRequest(request.body),
    request.caller?.workspaceMemberId ?? null,
  );

export async function recordActionRoute(request: RouteRequest, app: AppRuntime) {
  const action = parseRecordAction(request.body);
  return runRecordAction(
    syncRuntimeFrom(app, {
      startedBy: 'user',
      action: `record action ${action.action} ${action.object} ${action.recordId}`,
    }),
    action,
    request.caller?.workspaceMemberId ?? null,
    await callerLanguage(app, request.caller),
  );
}

export async function linkPartnerRoute(request: RouteRequest, app: AppRuntime) {
  const parsed = parseLinkRequest(request.body);
  const rt = syncRuntimeFrom(app, {
    startedBy: 'user',
    action: `link ${parsed.object} ${parsed.recordId} to a Metakocka partner`,
  });
  return linkToPartner(
    rt,
    parsed,
    request.caller?.workspaceMemberId ?? null,
    await callerLanguage(app, request.caller),
  );
}

export const runSyncRoute = (request: RouteRequest, app: AppRuntime) =>
  runSyncNow(syncRuntimeFrom(app), parseRunRequest(request.body), 'manual');
