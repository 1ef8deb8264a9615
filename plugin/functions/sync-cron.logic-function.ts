import { defineLogicFunction } from 'twenty-sdk/define';

import { SYNC_CRON_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { hostHandler } from 'server/host/host-handler';
import { syncCron } from 'server/sync/entry-points';

// A fixed, frequent pattern: schedules per stream live in the settings, so changing them needs no upgrade (APPS.md §3.4).
export default defineLogicFunction({
  universalIdentifier: SYNC_CRON_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER,
  name: 'sync-cron',
  description:
    'Every 5 minutes: starts the sync streams that are due (with a per-workspace delay) and resumes stuck runs.',
  timeoutSeconds: 60,
  cronTriggerSettings: { pattern: '*/5 * * * *' },
  handler: hostHandler(syncCron),
});
