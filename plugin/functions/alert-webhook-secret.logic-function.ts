import { defineLogicFunction } from 'twenty-sdk/define';

import { ALERT_ROUTES } from 'plugin/constants/route-paths';
import { ALERT_WEBHOOK_SECRET_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { hostRoute, requireManageMetakocka } from 'server/host/route';
import { createWebhookSecretRoute } from 'server/routes/alerts';
import { withCredentialDeps } from 'server/routes/route-context';

export default defineLogicFunction({
  universalIdentifier: ALERT_WEBHOOK_SECRET_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER,
  name: 'alert-webhook-secret',
  description: 'Creates a new signing secret for the alert webhook and answers it once; managers only, audited.',
  timeoutSeconds: 60,
  httpRouteTriggerSettings: { path: ALERT_ROUTES.webhookSecret, httpMethod: 'POST', isAuthRequired: true },
  handler: hostRoute(requireManageMetakocka, withCredentialDeps(createWebhookSecretRoute)),
});
