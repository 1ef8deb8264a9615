import { defineFrontComponent } from 'twenty-sdk/define';

import { INCLUDE_RECORD_COMMAND_FRONT_COMPONENT_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { HeadlessCommand } from 'ui/commands/headless-command';
import { recordCommand } from 'ui/commands/record-commands';
import { inLanguage } from 'ui/shared/in-language';

function IncludeRecordCommand() {
  return (
    <HeadlessCommand
      run={({ client, host, t, objectNameSingular, selectedIds }) =>
        recordCommand(client, host, t, 'include', objectNameSingular, selectedIds)
      }
    />
  );
}

export default defineFrontComponent({
  universalIdentifier: INCLUDE_RECORD_COMMAND_FRONT_COMPONENT_UNIVERSAL_IDENTIFIER,
  name: 'include-record-command',
  description: 'Includes the selected companies or people in the Metakocka sync again.',
  isHeadless: true,
  component: inLanguage(IncludeRecordCommand),
});
