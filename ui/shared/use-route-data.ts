// Loads a route's answer for a component, with the states a user can meet: loading, failed (with the server's
// message and next step), and done; reload() fetches again after a change and keeps the old answer until then.
import { useCallback, useEffect, useState } from 'react';

import type { RoutePath } from 'plugin/constants/route-paths';
import { callRoute, type RouteResult } from 'ui/shared/call-route';

export type RouteData<T> =
  | { state: 'loading'; reload: () => void }
  | { state: 'failed'; status: number; message: string; action: string; code?: string; reload: () => void }
  | { state: 'done'; data: T; reload: () => void };

export function useRouteData<T>(path: RoutePath): RouteData<T> {
  const [result, setResult] = useState<RouteResult<T> | null>(null);
  const [generation, setGeneration] = useState(0);
  const reload = useCallback(() => setGeneration((value) => value + 1), []);
  useEffect(() => {
    let live = true;
    void callRoute<T>(path).then((answer) => live && setResult(answer));
    return () => {
      live = false;
    };
  }, [path, generation]);
  if (result === null) return { state: 'loading', reload };
  if (!result.ok)
    return {
      state: 'failed',
      status: result.status,
      message: result.error,
      action: result.action,
      ...(result.code ? { code: result.code } : {}),
      reload,
    };
  return { state: 'done', data: result.data, reload };
}
