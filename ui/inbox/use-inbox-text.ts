// The inbox's texts in the member's language (the same choice as every page: ui/shared/i18n.ts useT).
import { useT } from 'ui/shared/i18n';
import { codeText, inboxText } from 'ui/inbox/messages';

export function useInboxText() {
  const { language, time } = useT();
  return { language, t: inboxText(language), code: (code: string) => codeText(language, code), time };
}
