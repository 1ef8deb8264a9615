import { defineFrontComponent } from 'twenty-sdk/define';

import { UNLINK_RECORD_COMMAND_FRONT_COMPONENT_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { HeadlessCommand } from 'ui/commands/headless-command';
import { recordCommand } from 'ui/commands/record-commands';
import { inLanguage } from 'ui/shared/in-language';

function UnlinkRecordCommand() {
  return (
    <HeadlessCommand
      run={({ client, host, t, objectNameSingular, selectedIds }) =>
        recordCommand(client, host, t, 'unlink', objectNameSingular, selectedIds)
      }
    />
  );
}

export default defineFrontComponent({
  universalIdentifier: UNLINK_RECORD_COMMAND_FRONT_COMPONENT_UNIVERSAL_IDENTIFIER,
  name: 'unlink-record-command',
  description: 'Unlinks the selected companies or people from their Metakocka partner, after a confirmation.',
  isHeadless: true,
  component: inLanguage(UnlinkRecordCommand),
});
