import { defineLogicFunction } from 'twenty-sdk/define';

import { SYNC_ROUTES } from 'plugin/constants/route-paths';
import { LINK_PARTNER_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { hostRoute, requireManageMetakocka } from 'server/host/route';
import { linkPartnerRoute } from 'server/routes/sync';

export default defineLogicFunction({
  universalIdentifier: LINK_PARTNER_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER,
  name: 'link-partner',
  description: 'Links one company or person to an existing Metakocka partner, found by partner code or tax number.',
  timeoutSeconds: 60,
  httpRouteTriggerSettings: { path: SYNC_ROUTES.linkPartner, httpMethod: 'POST', isAuthRequired: true },
  handler: hostRoute(requireManageMetakocka, linkPartnerRoute),
});
