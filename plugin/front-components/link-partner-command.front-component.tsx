import { defineFrontComponent } from 'twenty-sdk/define';

import { LINK_PARTNER_COMMAND_FRONT_COMPONENT_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { LinkPartnerForm } from 'ui/commands/link-partner-form';
import { inLanguage } from 'ui/shared/in-language';

export default defineFrontComponent({
  universalIdentifier: LINK_PARTNER_COMMAND_FRONT_COMPONENT_UNIVERSAL_IDENTIFIER,
  name: 'link-partner-command',
  description:
    'Side-panel form: links the selected company or person to an existing Metakocka partner by code or tax number.',
  component: inLanguage(LinkPartnerForm),
});
