// The sync console's routes (issue 16): run control and the live view need "Manage Metakocka" (the plugin's route
// functions guard them); run history and a run's detail are read with the member's own token, so any member whose role
// may read Metakocka sync runs and issues sees them, and Twenty refuses the others.
import type { z } from 'zod';

import { createCrm } from 'server/crm';
import { requestProblems } from 'server/errors';
import { crmGatewayFor } from 'server/host/crm-gateway';
import { callerLanguage, wordedRefusal, type RouteRequest } from 'server/host/route';
import type { AppRuntime } from 'server/host/runtime';
import {
  cancelRunRequest,
  consoleRunRequest,
  runDetailRequest,
  runListRequest,
  streamControlRequest,
} from 'server/routes/contracts';
import { cancelRun, pauseAll, pauseStream, resumeAll, resumeStream, runNow } from 'server/sync/console/control-actions';
import { listRuns, runDetail } from 'server/sync/console/history';
import { liveView } from 'server/sync/console/live';
import { syncRuntimeFrom } from 'server/sync/sync-runtime';

/** Parses the body with the route's schema, or answers 400 naming each wrong field. */
function withBody<S extends z.ZodType, T>(
  schema: S,
  run: (body: z.output<S>, request: RouteRequest, app: AppRuntime) => Promise<T>,
) {
  return async (request: RouteRequest, app: AppRuntime) => {
    const parsed = schema.safeParse(request.body ?? {});
    if (parsed.success) return run(parsed.data, request, app);
    const params = { ...requestProblems(parsed.error.issues), next: 'fields' };
    return wordedRefusal(400, 'CONSOLE_REQUEST_INVALID', params, await callerLanguage(app, request.caller));
  };
}

const actorOf = (request: RouteRequest) => request.caller?.workspaceMemberId ?? null;
const runtime = (app: AppRuntime) => syncRuntimeFrom(app, { startedBy: 'user', action: 'sync console' });

export const consoleRunRoute = withBody(consoleRunRequest, (body, request, app) =>
  runNow(runtime(app), body, actorOf(request)),
);
export const pauseStreamRoute = withBody(streamControlRequest, (body, request, app) =>
  pauseStream(runtime(app), body.stream, actorOf(request)),
);
export const resumeStreamRoute = withBody(streamControlRequest, (body, request, app) =>
  resumeStream(runtime(app), body.stream, actorOf(request)),
);
export const cancelRunRoute = withBody(cancelRunRequest, (body, request, app) =>
  cancelRun(runtime(app), body.stream, body.runId, actorOf(request)),
);
export const pauseAllRoute = (request: RouteRequest, app: AppRuntime) => pauseAll(runtime(app), actorOf(request));
export const resumeAllRoute = (request: RouteRequest, app: AppRuntime) => resumeAll(runtime(app), actorOf(request));
export const liveRoute = (_request: RouteRequest, app: AppRuntime) => liveView(runtime(app));

const memberCrm = (app: AppRuntime) => createCrm(crmGatewayFor(app, 'user'));

export const runListRoute = withBody(runListRequest, (body, _request, app) => listRuns(memberCrm(app), body));
export const runDetailRoute = withBody(runDetailRequest, async (body, request, app) => {
  const language = await callerLanguage(app, request.caller);
  const detail = await runDetail(memberCrm(app), body.recordId, language);
  return detail ?? wordedRefusal(404, 'RUN_NOT_FOUND', { recordId: body.recordId }, language);
});
