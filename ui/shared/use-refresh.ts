// Calls reload whenever key changes after the first render: lets a section follow saves made elsewhere on the page.
import { useEffect, useRef } from 'react';

export function useRefresh(key: number | string, reload: () => void): void {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    reload();
  }, [key, reload]);
}
