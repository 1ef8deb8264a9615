// Calls one of the app's routes the way Twenty's front components do (APPS.md §4): RestApiClient().post('/s/...')
// (or .get for a GET route) with the user's token. A refusal comes back as a value with the server's message and next
// step, never a throw.
import { RestApiClient, RestApiClientError } from 'twenty-client-sdk/rest';

import type { RoutePath } from 'plugin/constants/route-paths';
import type { RouteFailure } from 'server/routes/contracts';
import { spokenLanguage } from 'ui/shared/spoken-language';
import { translate } from 'ui/shared/translate';

export type RouteResult<T> = { ok: true; data: T } | ({ ok: false; status: number } & RouteFailure);

/** What a member reads when the app did not answer, or answered without saying why. */
const unreachable = (): RouteFailure => ({
  error: translate(spokenLanguage(), 'state.unreachable'),
  action: translate(spokenLanguage(), 'state.unreachable.next'),
});

async function attempt<T>(call: () => Promise<T>): Promise<RouteResult<T>> {
  try {
    return { ok: true, data: await call() };
  } catch (error) {
    if (error instanceof RestApiClientError || (error as { name?: string })?.name === 'RestApiClientError') {
      const failure = (error as RestApiClientError).body as Partial<RouteFailure> | undefined;
      const fallback = unreachable();
      return {
        ok: false,
        status: (error as RestApiClientError).status ?? 0,
        error: failure?.error ?? fallback.error,
        action: failure?.action ?? fallback.action,
        code: failure?.code,
        report: failure?.report,
      };
    }
    return { ok: false, status: 0, ...unreachable() };
  }
}

export const callRoute = <T>(path: RoutePath, body: object = {}): Promise<RouteResult<T>> =>
  attempt(() => new RestApiClient().post<T>(`/s${path}`, body));

/** A route declared with httpMethod GET (the settings read, a preview's status), with its query. */
export const readRoute = <T>(path: RoutePath, query: Record<string, string> = {}): Promise<RouteResult<T>> =>
  attempt(() => new RestApiClient().get<T>(`/s${path}`, { query }));
