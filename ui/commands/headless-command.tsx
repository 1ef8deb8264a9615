// A headless command-menu item (APPS.md §4 "Headless command helpers"): <Command execute/> runs `run` once and then
// unmounts the component. The SDK's Command unmounts only when execute resolves (twenty-sdk front-component
// index.mjs), so nothing may escape: an unexpected throw is still shown to the user as a snackbar.
import {
  Command,
  enqueueSnackbar,
  openCommandConfirmationModal,
  useSelectedObjectMetadata,
  useSelectedRecordIds,
} from 'twenty-sdk/front-component';

import { defaultClient, type CommandClient } from 'ui/commands/command-client';
import type { CommandText } from 'ui/commands/messages';
import { failureOutcome, show, type CommandHost } from 'ui/commands/outcome';
import { useCommandText } from 'ui/commands/use-command-text';

export const sdkHost: CommandHost = {
  enqueueSnackbar: (params) => enqueueSnackbar(params),
  openCommandConfirmationModal: (params) => openCommandConfirmationModal(params),
};

export interface CommandContext {
  client: CommandClient;
  host: CommandHost;
  t: CommandText;
  selectedIds: readonly string[];
  objectNameSingular: string | null;
}

export function HeadlessCommand({ run }: { run: (context: CommandContext) => Promise<unknown> }) {
  const t = useCommandText();
  const selectedIds = useSelectedRecordIds();
  const objectNameSingular = useSelectedObjectMetadata()?.nameSingular ?? null;
  const execute = async () => {
    try {
      await run({ client: defaultClient(), host: sdkHost, t, selectedIds, objectNameSingular });
    } catch {
      await show(sdkHost, failureOutcome(t, { ok: false, status: 0, error: '' }));
    }
  };
  return <Command execute={execute} />;
}
