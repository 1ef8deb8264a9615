import { defineFrontComponent } from 'twenty-sdk/define';

import { CREATE_METAKOCKA_OFFER_COMMAND_FRONT_COMPONENT_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { OpportunityDocumentForm } from 'ui/commands/opportunity-document-form';
import { inLanguage } from 'ui/shared/in-language';

function CreateMetakockaOfferForm() {
  return <OpportunityDocumentForm documentType="SALES_OFFER" />;
}

export default defineFrontComponent({
  universalIdentifier: CREATE_METAKOCKA_OFFER_COMMAND_FRONT_COMPONENT_UNIVERSAL_IDENTIFIER,
  name: 'create-metakocka-offer-command',
  description: 'Side-panel form: makes a Metakocka offer from the selected opportunity with the lines entered.',
  component: inLanguage(CreateMetakockaOfferForm),
});
