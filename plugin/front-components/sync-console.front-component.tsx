import { defineFrontComponent } from 'twenty-sdk/define';

import { SYNC_CONSOLE_FRONT_COMPONENT_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { ConsolePage } from 'ui/console/console-page';
import { inLanguage } from 'ui/shared/in-language';

// The widget of the sync console's page (plugin/page-layouts/sync-console.page-layout.ts).
export default defineFrontComponent({
  universalIdentifier: SYNC_CONSOLE_FRONT_COMPONENT_UNIVERSAL_IDENTIFIER,
  name: 'sync-console',
  description:
    'Configure the sync with an impact preview, run, pause, resume or cancel it, watch it and read its history.',
  component: inLanguage(ConsolePage),
});
