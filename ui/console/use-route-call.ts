// One route call for a component (POST with a body, or GET with a query), repeated when the body changes (compared
// as JSON); null while it runs.
import { useEffect, useState } from 'react';

import type { RoutePath } from 'plugin/constants/route-paths';
import { callRoute, readRoute, type RouteResult } from 'ui/shared/call-route';

export function useRouteCall<T>(
  path: RoutePath,
  body: Record<string, string>,
  method: 'POST' | 'GET' = 'POST',
): RouteResult<T> | null {
  const [result, setResult] = useState<RouteResult<T> | null>(null);
  const key = JSON.stringify(body);
  useEffect(() => {
    let live = true;
    setResult(null);
    const request = JSON.parse(key) as Record<string, string>;
    void (method === 'GET' ? readRoute<T>(path, request) : callRoute<T>(path, request)).then(
      (answer) => live && setResult(answer),
    );
    return () => {
      live = false;
    };
  }, [path, key, method]);
  return result;
}
