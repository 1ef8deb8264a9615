// hostRoute(guard, run): the adapter every HTTP-route logic function uses (STYLE.md §2.3). It checks the caller,
// hands the parsed request to server code, and shapes the answer as Twenty's Response (APPS.md §3.3). Failures are
// answered with { error, action } and a status; a secret or a stack never reaches the answer.
import type { LogicFunctionExecutionContext, RoutePayload } from 'twenty-sdk/logic-function';

import { renderAction, renderError, type ErrorCode, type ErrorParams } from 'server/error-catalogue';
import { SyncError } from 'server/errors';
import { languageForMember, type Language } from 'server/language/choice';
import { HttpResponse } from 'server/host/http-response';
import type { Caller, RouteGuard } from 'server/host/guards';
import { runtimeFor } from 'server/host/host-handler';
import type { AppRuntime } from 'server/host/runtime';

export { anyone, requireManageMetakocka, requireUser } from 'server/host/guards';

export interface RouteRequest {
  method: string;
  path: string;
  body: unknown;
  query: Record<string, string | undefined>;
  params: Record<string, string | undefined>;
  /** Only the headers the route lists in forwardedRequestHeaders, lower-cased (APPS.md §3.3). */
  headers: Record<string, string | undefined>;
  rawBody: string | undefined;
  caller: Caller | null;
}

/** A reply with a chosen status, e.g. routeReply(400, { error, action }). */
export const routeReply = (status: number, body: unknown): HttpResponse => new HttpResponse(body, { status });

export const failureReply = (status: number, error: string, action: string): HttpResponse =>
  routeReply(status, { error, action });

const toRequest = (event: RoutePayload<unknown>, caller: Caller | null): RouteRequest => ({
  method: event.requestContext?.http?.method ?? 'GET',
  path: event.requestContext?.http?.path ?? '',
  body: event.body ?? null,
  query: event.queryStringParameters ?? {},
  params: event.pathParameters ?? {},
  headers: event.headers ?? {},
  rawBody: event.rawBody,
  caller,
});

/** The caller's language (their choice, else the workspace's); English when even that cannot be read. */
export async function callerLanguage(runtime: AppRuntime, caller: Caller | null): Promise<Language> {
  try {
    const variables = { get: (key: string) => runtime.variables[key] };
    return await languageForMember({ kv: runtime.kv, variables }, caller?.workspaceMemberId ?? null);
  } catch {
    return 'en';
  }
}

/** A refusal in the caller's language; the log keeps the English message. */
const errorReply = async (error: unknown, runtime: AppRuntime, caller: Caller | null): Promise<HttpResponse> => {
  if (error instanceof SyncError) {
    runtime.log.warn('Route failed', { code: error.code, message: error.message });
    const { message, action } = error.describe(await callerLanguage(runtime, caller));
    // choices: the values a refusal names as valid (a document status), for the form to offer.
    const choices = (error as { choices?: unknown }).choices;
    // httpStatus: a refusal that is about who asks (403) or what is asked for (404) rather than what was sent.
    const status = (error as { httpStatus?: number }).httpStatus ?? (error.retryable ? 503 : 422);
    return routeReply(status, {
      error: message,
      code: error.code,
      action,
      ...(Array.isArray(choices) && choices.length > 0 ? { choices } : {}),
    });
  }
  runtime.log.error('Route failed unexpectedly', { error });
  return wordedRefusal(500, 'ROUTE_UNEXPECTED', {}, await callerLanguage(runtime, caller));
};

/** A failure worded from the catalogue in the caller's language, with its code for the screens. */
export const wordedRefusal = (status: number, code: ErrorCode, params: ErrorParams, language: Language): HttpResponse =>
  routeReply(status, {
    error: renderError(code, params, language),
    action: renderAction(code, params, language),
    code,
  });

export const hostRoute =
  <T>(guard: RouteGuard, run: (request: RouteRequest, runtime: AppRuntime) => Promise<T | HttpResponse>) =>
  async (event: RoutePayload<unknown>, context?: LogicFunctionExecutionContext): Promise<T | HttpResponse> => {
    const runtime = runtimeFor(context);
    let caller: Caller | null = null;
    try {
      const outcome = await guard(event, runtime);
      if (!outcome.allowed) {
        const language = await callerLanguage(runtime, outcome.caller);
        return wordedRefusal(outcome.status, 'ROUTE_REFUSED', { ...outcome.refusal }, language);
      }
      caller = outcome.caller;
      return await run(toRequest(event, caller), runtime);
    } catch (error) {
      return errorReply(error, runtime, caller);
    }
  };
