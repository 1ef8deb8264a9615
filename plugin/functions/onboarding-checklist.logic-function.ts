import { defineLogicFunction } from 'twenty-sdk/define';

import { ONBOARDING_ROUTES } from 'plugin/constants/route-paths';
import { ONBOARDING_CHECKLIST_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { hostRoute, requireManageMetakocka } from 'server/host/route';
import { onboardingRoute } from 'server/routes/onboarding';

export default defineLogicFunction({
  universalIdentifier: ONBOARDING_CHECKLIST_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER,
  name: 'onboarding-checklist',
  description:
    'The onboarding checklist: connect, choose what to sync, first sync, review its issues, personal keys; each from real data.',
  timeoutSeconds: 60,
  httpRouteTriggerSettings: { path: ONBOARDING_ROUTES.checklist, httpMethod: 'POST', isAuthRequired: true },
  handler: hostRoute(requireManageMetakocka, onboardingRoute),
});
