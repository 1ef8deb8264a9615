import { defineFrontComponent } from 'twenty-sdk/define';

import { PUSH_SALES_DOCUMENT_COMMAND_FRONT_COMPONENT_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { documentCommand } from 'ui/commands/document-commands';
import { HeadlessCommand } from 'ui/commands/headless-command';
import { inLanguage } from 'ui/shared/in-language';

function PushSalesDocumentCommand() {
  return (
    <HeadlessCommand
      run={({ client, host, t, selectedIds }) => documentCommand(client, host, t, 'push', selectedIds)}
    />
  );
}

export default defineFrontComponent({
  universalIdentifier: PUSH_SALES_DOCUMENT_COMMAND_FRONT_COMPONENT_UNIVERSAL_IDENTIFIER,
  name: 'push-sales-document-command',
  description: 'Pushes the selected sales document to Metakocka and shows the answer.',
  isHeadless: true,
  component: inLanguage(PushSalesDocumentCommand),
});
