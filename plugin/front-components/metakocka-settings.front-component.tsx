import { defineSettingsFrontComponent } from 'twenty-sdk/define';

import { METAKOCKA_SETTINGS_FRONT_COMPONENT_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { SettingsPage } from 'ui/settings/settings-page';
import { inLanguage } from 'ui/shared/in-language';

// Mounted under Settings → Applications → Metakocka (APPS.md §4 "Settings pages"); the "Metakocka" settings menu
// item opens the same component.
export default defineSettingsFrontComponent({
  universalIdentifier: METAKOCKA_SETTINGS_FRONT_COMPONENT_UNIVERSAL_IDENTIFIER,
  name: 'metakocka-settings',
  description: 'Metakocka connection, connection test, personal-credential policy and encryption key.',
  component: inLanguage(SettingsPage),
});
