import { defineLogicFunction } from 'twenty-sdk/define';

import { ALERT_WEBHOOK_DELIVER_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { deliverAlertWebhookJob } from 'server/alerts/entry-points';
import { hostHandler } from 'server/host/host-handler';

export default defineLogicFunction({
  universalIdentifier: ALERT_WEBHOOK_DELIVER_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER,
  name: 'alert-webhook-deliver',
  description:
    'Sends one signed alert message to the alert webhook; a failed attempt is retried after 30 s, 2 min, 10 min, 30 min and 2 h.',
  timeoutSeconds: 60,
  handler: hostHandler(deliverAlertWebhookJob),
});
