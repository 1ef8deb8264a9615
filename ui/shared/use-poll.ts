// Asks a route again at a fixed interval until its answer says the work ended (a background job's progress).
import { useEffect, useState } from 'react';

import type { RouteResult } from 'ui/shared/call-route';

export function usePoll<T>(read: () => Promise<RouteResult<T>>, ended: (answer: T) => boolean, intervalMs: number) {
  const [answer, setAnswer] = useState<RouteResult<T> | null>(null);
  useEffect(() => {
    let live = true;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const poll = async () => {
      const result = await read();
      if (!live) return;
      setAnswer(result);
      if (!(result.ok && ended(result.data))) timer = setTimeout(() => void poll(), intervalMs);
    };
    void poll();
    return () => {
      live = false;
      if (timer) clearTimeout(timer);
    };
  }, [read, ended, intervalMs]);
  return answer;
}
