// The member's language for this front component (issue 15 item 1): read once per mount through the language route
// (their own choice, else the workspace default, else English; server/language/choice.ts), kept here so every useT()
// of the component agrees, and replaced when the member picks another one. Each front component runs in its own
// worker (APPS.md §4), so this module's state lives exactly as long as one mounted component.
import { useEffect, useSyncExternalStore } from 'react';

import { LANGUAGE_ROUTES } from 'plugin/constants/route-paths';
import type { LanguageAnswer } from 'server/routes/contracts';
import { callRoute } from 'ui/shared/call-route';

export type MemberLanguage = { state: 'loading' } | { state: 'read'; answer: LanguageAnswer } | { state: 'unread' };

let current: MemberLanguage = { state: 'loading' };
let requested = false;
const listeners = new Set<() => void>();

function publish(next: MemberLanguage): void {
  current = next;
  listeners.forEach((listener) => listener());
}

const subscribe = (listener: () => void) => {
  listeners.add(listener);
  return () => listeners.delete(listener);
};

function request(): void {
  if (requested) return;
  requested = true;
  void callRoute<LanguageAnswer>(LANGUAGE_ROUTES.read).then((result) =>
    // An app whose server does not answer yet (an older version mid-upgrade) still speaks: see useT's fallback.
    publish(result.ok ? { state: 'read', answer: result.data } : { state: 'unread' }),
  );
}

/** The member's language as read for this component; the first use asks the server. */
export function useMemberLanguage(): MemberLanguage {
  useEffect(request, []);
  return useSyncExternalStore(subscribe, () => current);
}

/** After the member (or a manager, for the workspace) saved a choice: every text of the component follows it. */
export const languageChosen = (answer: LanguageAnswer): void => publish({ state: 'read', answer });
