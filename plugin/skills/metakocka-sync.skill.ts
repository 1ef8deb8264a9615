// Teaches Twenty's AI chat the Metakocka app: the model asks for a skill by name through its load_skill tool
// (UI-SURFACES.md §3), so "why did this invoice not sync?" is answered from the app's own objects and error codes.
import { defineSkill } from 'twenty-sdk/define';

import { METAKOCKA_SYNC_SKILL_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { metakockaSyncSkillContent } from 'plugin/skills/metakocka-sync-guide';

export default defineSkill({
  universalIdentifier: METAKOCKA_SYNC_SKILL_UNIVERSAL_IDENTIFIER,
  name: 'metakocka-sync',
  label: 'Metakocka sync',
  icon: 'IconRefresh',
  description: 'The Metakocka app: synced records, sync runs and issues, and what each error code means and needs.',
  content: metakockaSyncSkillContent(),
});
