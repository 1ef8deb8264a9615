import { defineLogicFunction } from 'twenty-sdk/define';

import { REPORTS_CRON_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { hostHandler } from 'server/host/host-handler';
import { reportsCron } from 'server/reports/cron';

// Hourly, because Twenty's cron is UTC and the reports' day is Ljubljana's (server/reports/cron.ts).
export default defineLogicFunction({
  universalIdentifier: REPORTS_CRON_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER,
  name: 'reports-cron',
  description: 'Hourly: once per Ljubljana day, marks the invoices that became overdue for the dashboards.',
  timeoutSeconds: 300,
  cronTriggerSettings: { pattern: '5 * * * *' },
  handler: hostHandler(reportsCron),
});
