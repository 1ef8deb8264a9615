import { defineFrontComponent } from 'twenty-sdk/define';

import { RUN_METAKOCKA_SYNC_COMMAND_FRONT_COMPONENT_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { HeadlessCommand } from 'ui/commands/headless-command';
import { runSyncCommand } from 'ui/commands/run-sync';
import { inLanguage } from 'ui/shared/in-language';

function RunMetakockaSyncCommand() {
  return <HeadlessCommand run={({ client, host, t }) => runSyncCommand(client, host, t)} />;
}

export default defineFrontComponent({
  universalIdentifier: RUN_METAKOCKA_SYNC_COMMAND_FRONT_COMPONENT_UNIVERSAL_IDENTIFIER,
  name: 'run-metakocka-sync-command',
  description: 'Starts a Metakocka sync run of every enabled stream and shows what started.',
  isHeadless: true,
  component: inLanguage(RunMetakockaSyncCommand),
});
