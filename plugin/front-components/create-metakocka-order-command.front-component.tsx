import { defineFrontComponent } from 'twenty-sdk/define';

import { CREATE_METAKOCKA_ORDER_COMMAND_FRONT_COMPONENT_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { OpportunityDocumentForm } from 'ui/commands/opportunity-document-form';
import { inLanguage } from 'ui/shared/in-language';

function CreateMetakockaOrderForm() {
  return <OpportunityDocumentForm documentType="SALES_ORDER" />;
}

export default defineFrontComponent({
  universalIdentifier: CREATE_METAKOCKA_ORDER_COMMAND_FRONT_COMPONENT_UNIVERSAL_IDENTIFIER,
  name: 'create-metakocka-order-command',
  description: 'Side-panel form: makes a Metakocka order from the selected opportunity with the lines entered.',
  component: inLanguage(CreateMetakockaOrderForm),
});
