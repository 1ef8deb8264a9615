// The inbox's texts in the member's language (the same choice as every page: ui/shared/i18n.ts useT).
import { useT } from 'ui/shared/i18n';
import { codeText, inboxText, type InboxText } from 'ui/inbox/messages';
import type { RouteResult } from 'ui/shared/call-route';
import type { OutcomeValue } from 'ui/shared/states';

export function useInboxText() {
  const { language, time } = useT();
  return { language, t: inboxText(language), code: (code: string) => codeText(language, code), time };
}

/** A refused action as the page shows it: a missing permission in the member's words, else the server's. */
export const refusal = (answer: Extract<RouteResult<unknown>, { ok: false }>, t: InboxText): OutcomeValue => ({
  ok: false,
  text: answer.status === 403 ? t('failure.notAllowed') : answer.error,
  action: answer.action,
});
