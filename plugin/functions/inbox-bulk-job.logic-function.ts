import { defineLogicFunction } from 'twenty-sdk/define';

import { INBOX_BULK_JOB_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { hostHandler } from 'server/host/host-handler';
import { inboxBulkJob } from 'server/routes/inbox';

export default defineLogicFunction({
  universalIdentifier: INBOX_BULK_JOB_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER,
  name: 'inbox-bulk-job',
  description: 'Does one page of an issue-inbox bulk action and queues the next, keeping the progress for the page.',
  timeoutSeconds: 300,
  handler: hostHandler(inboxBulkJob),
});
