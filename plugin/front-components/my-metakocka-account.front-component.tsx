import { defineFrontComponent } from 'twenty-sdk/define';

import { MY_METAKOCKA_ACCOUNT_FRONT_COMPONENT_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { MyAccountPage } from 'ui/my-account/my-account-page';
import { inLanguage } from 'ui/shared/in-language';

export default defineFrontComponent({
  universalIdentifier: MY_METAKOCKA_ACCOUNT_FRONT_COMPONENT_UNIVERSAL_IDENTIFIER,
  name: 'my-metakocka-account',
  description: 'A member stores, replaces or removes their own Metakocka key.',
  component: inLanguage(MyAccountPage),
});
