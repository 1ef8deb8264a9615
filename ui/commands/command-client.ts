// One call to an app route from a command, the way Twenty's front components call them (APPS.md §4):
// RestApiClient().post('/s/<path>', body) with the user's token. Every outcome comes back as a value a user can be
// shown: the answer, or the route's own { error, action } (server/host/route.ts failureReply); never a throw, and
// never a raw body (a proxy's HTML page or a stack trace is replaced by a plain sentence).
import { RestApiClient } from 'twenty-client-sdk/rest';

import type { DocumentRoutePath, SyncRoutePath } from 'plugin/constants/route-paths';

/** The part of RestApiClient the commands use; tests pass a RestApiClient with a fake fetch. */
export interface CommandClient {
  post<T>(path: string, body?: unknown): Promise<T>;
  get<T>(path: string, options?: { query?: Record<string, string | number> }): Promise<T>;
}

/** code: the error catalogue's code; choices: the values a refusal names as valid (server/host/route.ts). */
export type RouteFailure = {
  ok: false;
  status: number;
  error: string;
  action?: string;
  code?: string;
  choices?: string[];
};
export type RouteOutcome<T> = { ok: true; data: T } | RouteFailure;

export const defaultClient = (): CommandClient => new RestApiClient();

function failureOf(error: unknown): RouteFailure {
  const e = error as { name?: string; status?: number; body?: unknown };
  const status = e?.name === 'RestApiClientError' && typeof e.status === 'number' ? e.status : 0;
  const body = (e?.body ?? {}) as { error?: unknown; action?: unknown; code?: unknown; choices?: unknown };
  if (typeof body.error === 'string' && body.error.trim() !== '') {
    const choices = Array.isArray(body.choices) ? body.choices.filter((c): c is string => typeof c === 'string') : [];
    return {
      ok: false,
      status,
      error: body.error,
      action: typeof body.action === 'string' ? body.action : undefined,
      ...(typeof body.code === 'string' ? { code: body.code } : {}),
      ...(choices.length > 0 ? { choices } : {}),
    };
  }
  // Twenty's own refusals (expired session, missing permission) carry { messages: [...] } or nothing we can show.
  return { ok: false, status, error: '' };
}

export async function callCommandRoute<T>(
  client: CommandClient,
  path: SyncRoutePath | DocumentRoutePath,
  body: object,
): Promise<RouteOutcome<T>> {
  try {
    return { ok: true, data: await client.post<T>(`/s${path}`, body) };
  } catch (error) {
    return failureOf(error);
  }
}

/** A read through Twenty's REST API with the user's token (Twenty enforces the user's own permissions). */
export async function readRest<T>(
  client: CommandClient,
  path: string,
  query: Record<string, string | number>,
): Promise<RouteOutcome<T>> {
  try {
    return { ok: true, data: await client.get<T>(path, { query }) };
  } catch (error) {
    return failureOf(error);
  }
}
