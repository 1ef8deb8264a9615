import { defineLogicFunction } from 'twenty-sdk/define';

import { RUN_SYNC_STEP_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER } from 'plugin/constants/universal-identifiers';
import { hostHandler } from 'server/host/host-handler';
import { runSyncStepJob } from 'server/sync/entry-points';

export default defineLogicFunction({
  universalIdentifier: RUN_SYNC_STEP_LOGIC_FUNCTION_UNIVERSAL_IDENTIFIER,
  name: 'run-sync-step',
  description: 'Runs one step of one stream (one page in), checkpoints it, then enqueues the next step.',
  timeoutSeconds: 300,
  handler: hostHandler(runSyncStepJob),
});
