// Calls one of the app's routes the way Twenty's front components do (APPS.md §4): RestApiClient().post('/s/...')
// (or .get for a GET route) with the user's token. A refusal comes back as a value with the server's message and next
// step, never a throw.
import { RestApiClient, RestApiClientError } from 'twenty-client-sdk/rest';

import type { RoutePath } from 'plugin/constants/route-paths';
import type { RouteFailure } from 'server/routes/contracts';

export type RouteResult<T> = { ok: true; data: T } | ({ ok: false; status: number } & RouteFailure);

const UNREACHABLE: RouteFailure = {
  error: 'The Metakocka app did not answer.',
  action: 'Check your connection and try again; if it persists, ask an admin to look at the app’s health.',
};

async function attempt<T>(call: () => Promise<T>): Promise<RouteResult<T>> {
  try {
    return { ok: true, data: await call() };
  } catch (error) {
    if (error instanceof RestApiClientError || (error as { name?: string })?.name === 'RestApiClientError') {
      const failure = (error as RestApiClientError).body as Partial<RouteFailure> | undefined;
      return {
        ok: false,
        status: (error as RestApiClientError).status ?? 0,
        error: failure?.error ?? UNREACHABLE.error,
        action: failure?.action ?? UNREACHABLE.action,
        code: failure?.code,
        report: failure?.report,
      };
    }
    return { ok: false, status: 0, ...UNREACHABLE };
  }
}

export const callRoute = <T>(path: RoutePath, body: object = {}): Promise<RouteResult<T>> =>
  attempt(() => new RestApiClient().post<T>(`/s${path}`, body));

/** A route declared with httpMethod GET (the settings read, a preview's status), with its query. */
export const readRoute = <T>(path: RoutePath, query: Record<string, string> = {}): Promise<RouteResult<T>> =>
  attempt(() => new RestApiClient().get<T>(`/s${path}`, { query }));
