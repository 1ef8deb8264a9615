// An agent for questions about the Metakocka sync, bound to a read-only role (UI-SURFACES.md §3: an app binds its
// agent to one of its roles by roleUniversalIdentifier). It loads the app's skill for the data model and error codes.
import { defineAgent } from 'twenty-sdk/define';

import {
  METAKOCKA_ASSISTANT_AGENT_UNIVERSAL_IDENTIFIER,
  METAKOCKA_ASSISTANT_ROLE_UNIVERSAL_IDENTIFIER,
} from 'plugin/constants/universal-identifiers';

export default defineAgent({
  universalIdentifier: METAKOCKA_ASSISTANT_AGENT_UNIVERSAL_IDENTIFIER,
  name: 'metakocka-assistant',
  label: 'Metakocka assistant',
  icon: 'IconRobot',
  description: 'Explains why a record did or did not sync with Metakocka and what to do about it.',
  prompt:
    'You explain the Metakocka sync of this Twenty workspace. First load the skill "metakocka-sync" and follow it. ' +
    'Look up the records, sync runs and sync issues a question is about before answering; say what you found, ' +
    'what it means and the next step, briefly. You can read but not change anything: for a change, tell the user ' +
    'who can make it and where.',
  responseFormat: { type: 'text' },
  roleUniversalIdentifier: METAKOCKA_ASSISTANT_ROLE_UNIVERSAL_IDENTIFIER,
});
