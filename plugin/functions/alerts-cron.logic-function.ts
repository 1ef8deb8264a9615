import { defineLogicFunction } from 'twenty-sdk/define';

import { ALERTS_CRON_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { alertsCron } from 'server/alerts/entry-points';
import { hostHandler } from 'server/host/host-handler';

// Its own cron beside the sync's: an alert pass reads a few bounded lists and must run even while the sync is stuck.
export default defineLogicFunction({
  universalIdentifier: ALERTS_CRON_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER,
  name: 'alerts-cron',
  description:
    'Every 5 minutes: alerts the chosen members once per new cause (a stream stopped by a critical error, or failing runs in a row) and sends the daily digest when due.',
  timeoutSeconds: 60,
  cronTriggerSettings: { pattern: '*/5 * * * *' },
  handler: hostHandler(alertsCron),
});
