import { defineFrontComponent } from 'twenty-sdk/define';

import { RESYNC_RECORD_COMMAND_FRONT_COMPONENT_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { HeadlessCommand } from 'ui/commands/headless-command';
import { recordCommand } from 'ui/commands/record-commands';
import { inLanguage } from 'ui/shared/in-language';

function ResyncRecordCommand() {
  return (
    <HeadlessCommand
      run={({ client, host, t, objectNameSingular, selectedIds }) =>
        recordCommand(client, host, t, 'resync', objectNameSingular, selectedIds)
      }
    />
  );
}

export default defineFrontComponent({
  universalIdentifier: RESYNC_RECORD_COMMAND_FRONT_COMPONENT_UNIVERSAL_IDENTIFIER,
  name: 'resync-record-command',
  description: 'Resyncs the selected companies or people with Metakocka.',
  isHeadless: true,
  component: inLanguage(ResyncRecordCommand),
});
