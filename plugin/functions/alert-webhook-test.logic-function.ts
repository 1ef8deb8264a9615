import { defineLogicFunction } from 'twenty-sdk/define';

import { ALERT_ROUTES } from 'plugin/constants/route-paths';
import { ALERT_WEBHOOK_TEST_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { hostRoute, requireManageMetakocka } from 'server/host/route';
import { testWebhookRoute } from 'server/routes/alerts';

export default defineLogicFunction({
  universalIdentifier: ALERT_WEBHOOK_TEST_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER,
  name: 'alert-webhook-test',
  description: 'Sends a signed test message to the alert webhook and answers what the receiver said; managers only.',
  timeoutSeconds: 60,
  httpRouteTriggerSettings: { path: ALERT_ROUTES.webhookTest, httpMethod: 'POST', isAuthRequired: true },
  handler: hostRoute(requireManageMetakocka, testWebhookRoute),
});
