// The live view's one route call: every 5 s while a run (or a preview) is active, every 60 s otherwise (issue 16
// item 4). One call at a time: the next is scheduled only when the answer is in, and refresh() replaces the timer.
import { useCallback, useEffect, useState } from 'react';

import { CONSOLE_ROUTES } from 'plugin/constants/route-paths';
import type { LiveAnswer } from 'server/routes/contracts';
import { callRoute, type RouteResult } from 'ui/shared/call-route';

export const ACTIVE_REFRESH_MS = 5_000;
export const IDLE_REFRESH_MS = 60_000;

export const isActive = (live: LiveAnswer): boolean => live.streams.some((stream) => stream.run !== null);

export function nextRefreshMs(result: RouteResult<LiveAnswer> | null, previewActive: boolean): number {
  return previewActive || (result?.ok && isActive(result.data)) ? ACTIVE_REFRESH_MS : IDLE_REFRESH_MS;
}

export function useLive(previewActive: boolean): { result: RouteResult<LiveAnswer> | null; refresh: () => void } {
  const [result, setResult] = useState<RouteResult<LiveAnswer> | null>(null);
  const [generation, setGeneration] = useState(0);
  const refresh = useCallback(() => setGeneration((value) => value + 1), []);
  useEffect(() => {
    let live = true;
    void callRoute<LiveAnswer>(CONSOLE_ROUTES.live).then((answer) => live && setResult(answer));
    return () => {
      live = false;
    };
  }, [generation]);
  useEffect(() => {
    if (result === null) return undefined;
    const timer = setTimeout(refresh, nextRefreshMs(result, previewActive));
    return () => clearTimeout(timer);
  }, [result, generation, previewActive, refresh]);
  return { result, refresh };
}
