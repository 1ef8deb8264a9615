import { defineFrontComponent } from 'twenty-sdk/define';

import { CHANGE_SALES_DOCUMENT_STATUS_COMMAND_FRONT_COMPONENT_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { ChangeStatusForm } from 'ui/commands/change-status-form';
import { inLanguage } from 'ui/shared/in-language';

export default defineFrontComponent({
  universalIdentifier: CHANGE_SALES_DOCUMENT_STATUS_COMMAND_FRONT_COMPONENT_UNIVERSAL_IDENTIFIER,
  name: 'change-sales-document-status-command',
  description: 'Side-panel form: changes the Metakocka status of the selected sales order.',
  component: inLanguage(ChangeStatusForm),
});
