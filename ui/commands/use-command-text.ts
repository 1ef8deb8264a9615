// The commands' texts in the user's language (the same choice as the settings page: ui/shared/i18n.ts useT).
import { useT } from 'ui/shared/i18n';
import { commandText, type CommandText } from 'ui/commands/messages';

export const useCommandText = (): CommandText => commandText(useT().language);
