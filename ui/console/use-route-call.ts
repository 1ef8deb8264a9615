// One POST route call for a component, repeated when its body changes (compared as JSON); null while it runs.
import { useEffect, useState } from 'react';

import type { RoutePath } from 'plugin/constants/route-paths';
import { callRoute, type RouteResult } from 'ui/shared/call-route';

export function useRouteCall<T>(path: RoutePath, body: object): RouteResult<T> | null {
  const [result, setResult] = useState<RouteResult<T> | null>(null);
  const key = JSON.stringify(body);
  useEffect(() => {
    let live = true;
    setResult(null);
    void callRoute<T>(path, JSON.parse(key) as object).then((answer) => live && setResult(answer));
    return () => {
      live = false;
    };
  }, [path, key]);
  return result;
}
