import { defineFrontComponent } from 'twenty-sdk/define';

import { EXCLUDE_RECORD_COMMAND_FRONT_COMPONENT_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { HeadlessCommand } from 'ui/commands/headless-command';
import { recordCommand } from 'ui/commands/record-commands';
import { inLanguage } from 'ui/shared/in-language';

function ExcludeRecordCommand() {
  return (
    <HeadlessCommand
      run={({ client, host, t, objectNameSingular, selectedIds }) =>
        recordCommand(client, host, t, 'exclude', objectNameSingular, selectedIds)
      }
    />
  );
}

export default defineFrontComponent({
  universalIdentifier: EXCLUDE_RECORD_COMMAND_FRONT_COMPONENT_UNIVERSAL_IDENTIFIER,
  name: 'exclude-record-command',
  description: 'Excludes the selected companies or people from the Metakocka sync, after a confirmation.',
  isHeadless: true,
  component: inLanguage(ExcludeRecordCommand),
});
