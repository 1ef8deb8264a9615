import { defineLogicFunction } from 'twenty-sdk/define';

import { REPORTS_CRON_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { hostHandler } from 'server/host/host-handler';
import { reportsCron } from 'server/reports/cron';

// Every 5 minutes: Twenty's cron is UTC, the reports' day and schedules are Ljubljana's (server/reports/cron.ts).
export default defineLogicFunction({
  universalIdentifier: REPORTS_CRON_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER,
  name: 'reports-cron',
  description:
    'Every 5 minutes: delivers the scheduled reports that are due; once per Ljubljana day, marks the invoices that became overdue.',
  timeoutSeconds: 300,
  cronTriggerSettings: { pattern: '*/5 * * * *' },
  handler: hostHandler(reportsCron),
});
